<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeskCRM</source>
        <translation>关于 DeskCRM</translation>
    </message>
    <message>
        <source>Customers, contacts, follow-ups, opportunities and tasks for sales teams: on this computer or on the team&apos;s PostgreSQL server.</source>
        <translation>面向销售团队的客户、联系人、跟进、商机和任务管理：数据可以保存在本机，也可以保存在团队的 PostgreSQL 服务器上。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite：</translation>
    </message>
    <message>
        <source>PostgreSQL client (libpq):</source>
        <translation>PostgreSQL 客户端（libpq）：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>DeskCRM is built on these libraries, each under its own licence:</source>
        <translation>DeskCRM 使用了以下程序库，它们各自遵循自己的许可证：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>程序库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and the database for a support request.</source>
        <translation>复制版本信息和数据库名称，用于向技术支持求助。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Discount Approvals</source>
        <translation>折扣审批</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>Every rule needs a name.</source>
        <translation>每条规则都需要名称。</translation>
    </message>
    <message>
        <source>Rule “%1” needs a rep or a team to assign to.</source>
        <translation>规则“%1”需要指定分配给的销售代表或团队。</translation>
    </message>
    <message>
        <source>No assignment rules for “%1”.</source>
        <translation>“%1”没有分配规则。</translation>
    </message>
    <message>
        <source>Rule “%1”: fewest open leads in the team</source>
        <translation>规则“%1”：团队中未结线索最少者</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>Rule “%1”: round robin</source>
        <translation>规则“%1”：轮流分配</translation>
    </message>
    <message>
        <source>No eligible rep: everyone the matching rules name is inactive, absent or at the cap</source>
        <translation>没有可分配的销售代表：匹配规则中的人员均已停用、休假或已达上限</translation>
    </message>
    <message>
        <source>No rule matches</source>
        <translation>没有匹配的规则</translation>
    </message>
    <message>
        <source>Rule “%1”: fewest open tickets in the team</source>
        <translation>规则“%1”：团队中未结工单最少者</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesDialog</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <source>Source (number)</source>
        <translation>来源（编号）</translation>
    </message>
    <message>
        <source>Type (number)</source>
        <translation>类型（编号）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于其中之一</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>Lead Assignment Rules</source>
        <translation>线索分配规则</translation>
    </message>
    <message>
        <source>New and unassigned leads go to the first rule from the top whose conditions all hold and that has a rep who is active, present and under the cap.</source>
        <translation>新线索和未分配的线索按从上到下的顺序，交给第一条条件全部满足、且有在职、未休假、未达上限的销售代表的规则。</translation>
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Evaluated earlier (Alt+Up)</source>
        <translation>更早判断（Alt+Up）</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Evaluated later (Alt+Down)</source>
        <translation>更晚判断（Alt+Down）</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>添加条件(&amp;C)</translation>
    </message>
    <message>
        <source>Remove co&amp;ndition</source>
        <translation>删除条件(&amp;N)</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>One rep</source>
        <translation>指定销售代表</translation>
    </message>
    <message>
        <source>Round robin (take turns)</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Fewest open leads</source>
        <translation>未结线索最少者</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;ep:</source>
        <translation>销售代表(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Cap of open leads pe&amp;r rep:</source>
        <translation>每人未结线索上限(&amp;R)：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind (ticket, complaint)</source>
        <translation>类型（ticket 工单、complaint 投诉）</translation>
    </message>
    <message>
        <source>Priority (low, normal, high, urgent)</source>
        <translation>优先级（low、normal、high、urgent）</translation>
    </message>
    <message>
        <source>Channel (phone, email, visit, web, wechat)</source>
        <translation>渠道（phone、email、visit、web、wechat）</translation>
    </message>
    <message>
        <source>Product (id)</source>
        <translation>产品（ID）</translation>
    </message>
    <message>
        <source>Ticket Assignment Rules</source>
        <translation>工单分配规则</translation>
    </message>
    <message>
        <source>New tickets without an assignee go to the first rule from the top whose conditions all hold and that has a rep who is active, present and under the cap of open tickets.</source>
        <translation>未指定处理人的新工单按从上到下的顺序，交给第一条条件全部满足、且有在职、未请假并且未结工单数未达上限的销售代表的规则。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB.</source>
        <translation>文件超过 %1 MB 的大小上限。</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>Part %1 of the attachment is missing.</source>
        <translation>附件的第 %1 部分缺失。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The attachment changed since it was stored (its SHA-256 no longer matches).</source>
        <translation>附件在保存后已被改动（SHA-256 校验值不一致）。</translation>
    </message>
</context>
<context>
    <name>AttributeDefinition</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>单选列表</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
</context>
<context>
    <name>AttributeDefinitions</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>The key is 1 to 40 small letters, digits or _, starting with a letter (e.g. budget_year).</source>
        <translation>键名由 1 至 40 个小写字母、数字或 _ 组成，须以字母开头（例如 budget_year）。</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name in English or in Chinese.</source>
        <translation>请填写字段的英文或中文名称。</translation>
    </message>
    <message>
        <source>Custom fields are not available for this kind of record.</source>
        <translation>此类记录不支持自定义字段。</translation>
    </message>
    <message>
        <source>Each choice needs a code of its own, without &quot;;&quot;.</source>
        <translation>每个选项都需要各自不同的代码，且不能包含“;”。</translation>
    </message>
    <message>
        <source>Add at least one choice.</source>
        <translation>请至少添加一个选项。</translation>
    </message>
    <message>
        <source>Choose the currency of the amounts.</source>
        <translation>请选择金额的币种。</translation>
    </message>
    <message>
        <source>Another field of these records has the key &quot;%1&quot;.</source>
        <translation>此类记录已有键名为“%1”的字段。</translation>
    </message>
    <message>
        <source>Records already have values in this field: its key and kind cannot change.</source>
        <translation>已有记录在此字段中填写了值，其键名和类型不能再更改。</translation>
    </message>
</context>
<context>
    <name>AttributeEditDialog</name>
    <message>
        <source>New Custom Field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>Edit Custom Field</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message>
        <source>The field&apos;s name in import mappings, exported files and list filters; it cannot change once records have values in the field.</source>
        <translation>字段在导入映射、导出文件和列表筛选中使用的名称；一旦有记录在此字段中填写了值，就不能再更改。</translation>
    </message>
    <message>
        <source>&amp;Required: a record cannot be saved without it</source>
        <translation>必填(&amp;R)：未填写时不能保存记录</translation>
    </message>
    <message>
        <source>&amp;Active: shown in forms, lists, imports and exports</source>
        <translation>启用(&amp;A)：显示在表单、列表、导入和导出中</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>添加选项(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move choice</source>
        <translation>删除选项(&amp;M)</translation>
    </message>
    <message>
        <source>En&amp;glish name:</source>
        <translation>英文名称(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;hinese name:</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键名(&amp;K)：</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>类型(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>取消(&amp;E)</translation>
    </message>
</context>
<context>
    <name>AttributeFieldsWidget</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>AttributeFilterBar</name>
    <message>
        <source>C&amp;ustom field:</source>
        <translation>自定义字段(&amp;U)：</translation>
    </message>
    <message>
        <source>is:</source>
        <comment>a custom field filter: &lt;field&gt; is: &lt;value&gt;</comment>
        <translation>为：</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>任意值</translation>
    </message>
    <message>
        <source>a date, e.g. 2026-03-31</source>
        <translation>日期，例如 2026-03-31</translation>
    </message>
    <message>
        <source>equal to</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
</context>
<context>
    <name>AttributeSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>字段所属(&amp;O)：</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivated fields keep their values; they leave forms, lists, imports and exports until they are activated again.</source>
        <translation>停用的字段保留已有的值；在重新启用之前，它们不会出现在表单、列表、导入和导出中。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AttributeValues</name>
    <message>
        <source>Choose %1.</source>
        <translation>请选择%1。</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is longer than 2,000 characters.</source>
        <translation>%1超过 2,000 个字符。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be an amount.</source>
        <translation>%1必须是金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of %2.</source>
        <translation>“%1”不是%2的可选项。</translation>
    </message>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>无法读取自定义字段：%1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened this record.</source>
        <translation>您打开此记录后，其他人修改了%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 holds amounts in %2, not in %3.</source>
        <translation>%1的金额币种为 %2，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Show a record&apos;s history, or roll back a user&apos;s changes since a time.</source>
        <translation>显示记录的变更历史，或回滚某位用户自某一时间起的更改。</translation>
    </message>
    <message>
        <source>history: the table, such as customers or opportunities.</source>
        <translation>history：数据表，如 customers 或 opportunities。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>history: the record&apos;s id.</source>
        <translation>history：记录的 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>revert: whose changes (their user name).</source>
        <translation>revert：要回滚谁的更改（用户名）。</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>revert: from when, as an ISO time such as 2026-11-04T14:05:00Z.</source>
        <translation>revert：从何时起，ISO 时间，如 2026-11-04T14:05:00Z。</translation>
    </message>
    <message>
        <source>ISO_TIME</source>
        <translation>ISO时间</translation>
    </message>
    <message>
        <source>revert: only show what would be rolled back.</source>
        <translation>revert：只显示将回滚的内容，不做更改。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>Say what to do: audit history or audit revert.</source>
        <translation>请指明操作：audit history 或 audit revert。</translation>
    </message>
    <message>
        <source>audit history needs --entity and --id.</source>
        <translation>audit history 需要 --entity 和 --id。</translation>
    </message>
    <message>
        <source>--entity must be one of: %1.</source>
        <translation>--entity 必须是以下之一：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 处变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit revert needs --user and --since (an ISO time such as 2026-11-04T14:05:00Z).</source>
        <translation>audit revert 需要 --user 和 --since（ISO 时间，如 2026-11-04T14:05:00Z）。</translation>
    </message>
    <message>
        <source>kept %1 %2: changed later by %3</source>
        <translation>保留 %1 %2：之后已由 %3 更改</translation>
    </message>
    <message>
        <source>kept %1 %2 %3 = %4: changed later by %5</source>
        <translation>保留 %1 %2 %3 = %4：之后已由 %5 更改</translation>
    </message>
    <message numerus="yes">
        <source>%1 created record(s) deleted, %2 changed record(s) put back, %3 deleted record(s) brought back; %n later change(s) kept.</source>
        <translation>
            <numerusform>已删除新建记录 %1 条，恢复修改的记录 %2 条，恢复删除的记录 %3 条；保留他人之后的修改 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1</source>
        <translation>试运行，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>removed for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (currency)</source>
        <translation>%1（币种）</translation>
    </message>
</context>
<context>
    <name>AuditRevert</name>
    <message>
        <source>Say whose changes to roll back, or from when.</source>
        <translation>请指明要回滚谁的更改，或从何时起。</translation>
    </message>
    <message>
        <source>Only administrators can roll back changes.</source>
        <translation>只有管理员可以回滚更改。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy a SQLite database to a file while it may be in use (PostgreSQL: use pg_dump).</source>
        <translation>将 SQLite 数据库复制到文件，数据库可处于使用中（PostgreSQL 请使用 pg_dump）。</translation>
    </message>
    <message>
        <source>Write the backup to FILE.</source>
        <translation>将备份写入指定文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>指定文件已存在时将其覆盖。</translation>
    </message>
    <message>
        <source>Name the backup file with --output FILE.</source>
        <translation>请用 --output &lt;文件&gt; 指定备份文件。</translation>
    </message>
    <message>
        <source>deskcrm-cli backs up SQLite databases only. Back up PostgreSQL on the server with pg_dump, for example: pg_dump --format=custom --file=deskcrm.dump %1</source>
        <translation>deskcrm-cli 只能备份 SQLite 数据库。请在服务器上用 pg_dump 备份 PostgreSQL，例如：pg_dump --format=custom --file=deskcrm.dump %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>已将 %1 备份到 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>There is no local database open to restore into.</source>
        <translation>没有打开的本地数据库，无法恢复。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This is a team database on a PostgreSQL server, so DeskCRM makes no copies of it on this computer. Back it up on the server with pg_dump, for example:

pg_dump --format=custom --file=deskcrm.dump &quot;%1&quot;

Restore such a file with pg_restore, then check the result with:

deskcrm-cli --database &quot;%1&quot; check</source>
        <translation>这是 PostgreSQL 服务器上的团队数据库，DeskCRM 不会在本机为其制作副本。请在服务器上用 pg_dump 备份，例如：

pg_dump --format=custom --file=deskcrm.dump &quot;%1&quot;

用 pg_restore 恢复此类文件，然后用以下命令检查结果：

deskcrm-cli --database &quot;%1&quot; check</translation>
    </message>
    <message>
        <source>DeskCRM copies this database once a day while it runs and keeps the newest copies. Copying does not interrupt your work.</source>
        <translation>DeskCRM 运行期间每天为此数据库制作一份副本，并保留最新的若干份。复制过程不会打断您的工作。</translation>
    </message>
    <message>
        <source>Leave empty for a &quot;backups&quot; folder beside the database.</source>
        <translation>留空则使用数据库所在位置的“backups”文件夹。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Daily copies to &amp;keep:</source>
        <translation>保留每日副本数(&amp;K)：</translation>
    </message>
    <message>
        <source>Copies in this folder:</source>
        <translation>此文件夹中的副本：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>恢复此副本(&amp;R)…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>No copies yet.</source>
        <translation>尚无副本。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Move to previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>移到下一阶段</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>There is no business calendar.</source>
        <translation>没有工作日历。</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>工作时间的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>CampaignCharts</name>
    <message>
        <source>No campaign has won revenue or a cost yet.</source>
        <translation>尚无营销活动产生赢单金额或成本。</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Campaigns: won revenue (%1) and ROI</source>
        <translation>营销活动：赢单金额（%1）与投资回报率</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <comment>ROI at or below</comment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>ROI (logarithmic)</source>
        <translation>投资回报率（对数刻度）</translation>
    </message>
</context>
<context>
    <name>CampaignDemoData</name>
    <message>
        <source>Well-known brand; large partner network</source>
        <translation>品牌知名度高；合作伙伴网络广</translation>
    </message>
    <message>
        <source>Slow implementation; expensive customisation</source>
        <translation>实施周期长；定制开发费用高</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>(no target list)</source>
        <translation>（无目标名单）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>开始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Actual &amp;cost:</source>
        <translation>实际成本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Target &amp;audience:</source>
        <translation>目标受众(&amp;A)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>效果：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Figures appear once the campaign is saved.</source>
        <translation>保存营销活动后显示数据。</translation>
    </message>
    <message>
        <source>%1 leads (%2 qualified), %3 opportunities; won by first touch: %4 deals, %5; ROI %6</source>
        <translation>线索 %1 条（合格 %2 条），商机 %3 个；按首次接触计赢单 %4 个，金额 %5；投资回报率 %6</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <source>Enter a name for the campaign.</source>
        <translation>请填写营销活动名称。</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>营销活动的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s channel.</source>
        <translation>请选择营销活动的渠道。</translation>
    </message>
    <message>
        <source>Choose the campaign&apos;s status.</source>
        <translation>请选择营销活动的状态。</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Online ads</source>
        <translation>网络广告</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>campaign channel</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign status</comment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>campaign status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign status</comment>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>First touch</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>末次接触</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Cannot compute the campaign report: %1</source>
        <translation>无法计算营销活动报表：%1</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>无营销活动</translation>
    </message>
    <message>
        <source>Campaigns by %1 attribution</source>
        <translation>营销活动（%1归因）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>合格线索数</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>单条线索成本</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>（无营销活动）</translation>
    </message>
    <message>
        <source>Won revenue in all: %1 from %2 deals; every model shares out the same total.</source>
        <translation>赢单金额合计：%1，共 %2 个赢单；各归因模型分摊的总额相同。</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>Unknown response: %1</source>
        <translation>未知的响应：%1</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>campaign member response</comment>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign member response</comment>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>campaign member response</comment>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Responded</source>
        <comment>campaign member response</comment>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>campaign member response</comment>
        <translation>已参加</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <comment>campaign member response</comment>
        <translation>未参加</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>campaign member response</comment>
        <translation>已退订</translation>
    </message>
    <message>
        <source>The winner must be one of the deal&apos;s competitors.</source>
        <translation>赢得该商机的竞争对手必须是该商机的竞争对手之一。</translation>
    </message>
    <message>
        <source>Only a lost deal has a competitor that won it.</source>
        <translation>只有输单的商机才能标记赢单的竞争对手。</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>the total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>The campaign report summary does not match the deals (%1, %2 attribution: %3); run &quot;deskcrm-cli check --rebuild-summaries&quot;.</source>
        <translation>营销活动报表的汇总与商机数据不符（%1，%2 归因：%3）；请运行 &quot;deskcrm-cli check --rebuild-summaries&quot;。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>数据库结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>  ok: %1</source>
        <translation>  正常：%1</translation>
    </message>
    <message>
        <source>  PROBLEM: %1</source>
        <translation>  问题：%1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  已跳过：%1</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, schema version and report summaries (changes nothing unless asked to rebuild the summaries).</source>
        <translation>检查数据库的完整性、数据库结构版本和报表汇总（除非要求重建汇总，否则不做任何修改）。</translation>
    </message>
    <message>
        <source>First recompute the report summaries (dashboard, service report, campaigns) from the records, in one transaction; the only change this command makes.</source>
        <translation>先在一个事务中根据记录重新计算报表汇总（经营概览、服务报表、营销活动）；这是本命令唯一会做的修改。</translation>
    </message>
    <message>
        <source>Cannot rebuild the report summaries: %1</source>
        <translation>无法重建报表汇总：%1</translation>
    </message>
    <message>
        <source>The report summaries were rebuilt.</source>
        <translation>报表汇总已重建。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database: a SQLite file, or postgresql://USER@HOST:PORT/DATABASE. Default: the local database of the DeskCRM application.</source>
        <translation>要使用的数据库：SQLite 文件，或 postgresql://USER@HOST:PORT/DATABASE。默认为 DeskCRM 应用程序的本地数据库。</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>路径或网址</translation>
    </message>
    <message>
        <source>The language of messages, such as en or zh_CN.</source>
        <translation>消息语言，如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;deskcrm-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>运行“deskcrm-cli &lt;命令&gt; --help”可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>What to do: %1.</source>
        <translation>要执行的操作：%1。</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Run &quot;deskcrm-cli --help&quot; for help.</source>
        <translation>运行“deskcrm-cli --help”可获取帮助。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run &quot;deskcrm-cli %1 --help&quot; for its options.</source>
        <translation>运行“deskcrm-cli %1 --help”可查看其选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>DeskCRM without a window: set up, fill, check, back up and restore a database, and write reports.</source>
        <translation>无界面的 DeskCRM：创建、填充、检查、备份和恢复数据库，并生成报表。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>CollectionCheck</name>
    <message>
        <source>Instalment %1 of contract %2: paid</source>
        <translation>合同 %2 第 %1 期回款：已收</translation>
    </message>
    <message>
        <source>Invoice %1: paid</source>
        <translation>发票 %1：已收</translation>
    </message>
    <message>
        <source>Invoice %1: credited</source>
        <translation>发票 %1：已冲红</translation>
    </message>
    <message>
        <source>Receipt of %1 (%2): allocated</source>
        <translation>%1 的收款（%2）：已核销</translation>
    </message>
    <message>
        <source>Contract %1: planned</source>
        <translation>合同 %1：计划回款</translation>
    </message>
    <message>
        <source>Contract %1: invoiced</source>
        <translation>合同 %1：已开票</translation>
    </message>
    <message>
        <source>Contract %1: credited</source>
        <translation>合同 %1：已冲红</translation>
    </message>
    <message>
        <source>Contract %1: paid</source>
        <translation>合同 %1：已回款</translation>
    </message>
    <message>
        <source>%1: stored %2, recomputed %3.</source>
        <translation>%1：存储值 %2，重新计算为 %3。</translation>
    </message>
</context>
<context>
    <name>CollectionDemoData</name>
    <message>
        <source>Cannot write the demo payment collection: %1</source>
        <translation>无法写入演示回款数据：%1</translation>
    </message>
    <message>
        <source>The invoice numbers could not be taken.</source>
        <translation>无法取得发票编号。</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>New Competitor</source>
        <translation>新建竞争对手</translation>
    </message>
    <message>
        <source>Edit Competitor</source>
        <translation>编辑竞争对手</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>优势(&amp;S)：</translation>
    </message>
    <message>
        <source>W&amp;eaknesses:</source>
        <translation>劣势(&amp;E)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Win/loss:</source>
        <translation>赢单/输单：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <source>Latest observations:</source>
        <translation>最新情报：</translation>
    </message>
    <message>
        <source>Figures appear once the competitor is saved.</source>
        <translation>保存竞争对手后显示数据。</translation>
    </message>
    <message>
        <source>Met on %1 deals: %2 won (%3), %4 lost (%5), %6 open; win rate %7; deals they won: %8.</source>
        <translation>共在 %1 个商机中遇到：赢单 %2 个（%3），输单 %4 个（%5），进行中 %6 个；赢单率 %7；该对手赢得的商机：%8 个。</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填写原因）</translation>
    </message>
    <message>
        <source>Lost reasons: %1</source>
        <translation>输单原因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CompetitorModel</name>
    <message>
        <source>Enter the competitor&apos;s name.</source>
        <translation>请填写竞争对手名称。</translation>
    </message>
    <message>
        <source>A competitor called &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的竞争对手。</translation>
    </message>
</context>
<context>
    <name>CompetitorReport</name>
    <message>
        <source>Cannot compute the competitor report: %1</source>
        <translation>无法计算竞争对手报表：%1</translation>
    </message>
    <message>
        <source>Win/loss against competitors</source>
        <translation>对竞争对手的赢单与输单</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>输单金额</translation>
    </message>
    <message>
        <source>Lost to them</source>
        <translation>输给该对手次数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no figure</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Latest observations per competitor and product</source>
        <translation>各竞争对手各产品的最新情报</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone Else Changed This Record</source>
        <translation>此记录已被他人修改</translation>
    </message>
    <message>
        <source>%1 deleted this record while you were editing it. Your changes cannot be saved.</source>
        <translation>在您编辑期间，%1 删除了此记录。您的修改无法保存。</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it. Compare the two versions and choose which one to keep. Fields that differ are marked in bold.</source>
        <translation>在您编辑期间，%1 保存了此记录。请比较两个版本，并选择要保留的版本。不同的字段以粗体标出。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs (Discard Mine)</source>
        <translation>保留对方的版本（放弃我的修改）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>用我的版本覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>List a replica&apos;s sync conflicts, or decide one.</source>
        <translation>列出副本的同步冲突，或处理其中一个。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Include the conflicts already decided.</source>
        <translation>也列出已处理的冲突。</translation>
    </message>
    <message>
        <source>The conflict to decide.</source>
        <translation>要处理的冲突。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>resolve: mine or server.</source>
        <translation>resolve：mine（我的）或 server（服务器的）。</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>resolve: a value of your own instead.</source>
        <translation>resolve：改用自己填写的值。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 只能是 text 或 json。</translation>
    </message>
    <message>
        <source>--resolve needs --keep mine, --keep server or --value TEXT.</source>
        <translation>--resolve 需要 --keep mine、--keep server 或 --value 文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n 个冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectingDialog</name>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of DeskCRM: step %1 of %2. A large database takes a while; nothing is changed unless the upgrade completes.</source>
        <translation>正在为此版本的 DeskCRM 升级数据库：第 %1 步，共 %2 步。数据库较大时需要一些时间；升级完成前不会改动任何数据。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>DeskCRM signs in to PostgreSQL as your own database role. Ask your administrator for these details.</source>
        <translation>DeskCRM 将以您自己的数据库角色登录 PostgreSQL。请向管理员索取以下信息。</translation>
    </message>
    <message>
        <source>e.g. crm.example.com</source>
        <translation>例如 crm.example.com</translation>
    </message>
    <message>
        <source>Prefer TLS (fall back to unencrypted)</source>
        <translation>优先使用 TLS（不可用时回退为不加密）</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>要求 TLS</translation>
    </message>
    <message>
        <source>Require TLS and verify the certificate authority</source>
        <translation>要求 TLS 并验证证书颁发机构</translation>
    </message>
    <message>
        <source>Require TLS and verify the server name</source>
        <translation>要求 TLS 并验证服务器名称</translation>
    </message>
    <message>
        <source>Do not use TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统凭据存储中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected. The database has DeskCRM schema version %1.</source>
        <translation>连接成功。该数据库的 DeskCRM 数据库结构版本为 %1。</translation>
    </message>
    <message>
        <source>Connected. The database is empty; DeskCRM will set it up.</source>
        <translation>连接成功。该数据库为空，DeskCRM 将对其进行初始化。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>%1
The password will not be remembered; DeskCRM will ask for it next time.</source>
        <translation>%1
密码不会被记住，下次连接时 DeskCRM 会再次询问。</translation>
    </message>
    <message>
        <source>Password Not Remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not, without telling you. Only for a server on this computer.</source>
        <translation>服务器支持时加密，否则不加密且不会提示。仅适用于本机上的服务器。</translation>
    </message>
    <message>
        <source>Always encrypted; refuses a server without TLS. Does not check who the server is.</source>
        <translation>始终加密；拒绝不支持 TLS 的服务器。不核验服务器身份。</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by your team&apos;s certificate authority (its file in ~/.postgresql/root.crt).</source>
        <translation>加密，且服务器证书必须由团队的证书颁发机构签发（其文件放在 ~/.postgresql/root.crt）。</translation>
    </message>
    <message>
        <source>Recommended: encrypted, signed by your team&apos;s certificate authority, and issued for exactly this server name. Refuses an impostor.</source>
        <translation>推荐：加密，证书由团队的证书颁发机构签发，且签发给此服务器名称。可拒绝冒充的服务器。</translation>
    </message>
    <message>
        <source>Never encrypted: passwords and customers cross the network readable by anyone.</source>
        <translation>从不加密：密码和客户数据在网络上传输时任何人都能读取。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: it needs two slashes after &quot;%2:&quot;.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址：“%2:”后面需要两个斜杠。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL: it names no server.</source>
        <translation>“%1”不是有效的 PostgreSQL URL：没有写服务器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file address.</source>
        <translation>“%1”不是有效的文件地址。</translation>
    </message>
    <message>
        <source>DeskCRM cannot open &quot;%1&quot;: &quot;%2&quot; databases and addresses are not supported.</source>
        <translation>DeskCRM 无法打开“%1”：不支持“%2”类型的数据库或地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no file.</source>
        <translation>“%1”没有指明文件。</translation>
    </message>
    <message>
        <source>DeskCRM opens:
• a SQLite database file, by its path: /home/me/crm.sqlite or C:\Users\me\crm.sqlite (a path whose first part has a colon is written ./name or sqlite:PATH);
• a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE (postgres:// works too; add ?sslmode=require to encrypt the connection).</source>
        <translation>DeskCRM 可以打开：
• SQLite 数据库文件，写文件路径：/home/me/crm.sqlite 或 C:\Users\me\crm.sqlite（第一段含冒号的路径请写成 ./名称 或 sqlite:路径）；
• PostgreSQL 服务器：postgresql://USER@HOST:PORT/DATABASE（也可用 postgres://；加 ?sslmode=require 可加密连接）。</translation>
    </message>
</context>
<context>
    <name>ContactCardExport</name>
    <message>
        <source>Contacts cannot be filtered by “%1”.</source>
        <translation>联系人无法按“%1”筛选。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>This is the customer&apos;s main contact</source>
        <translation>这是该客户的主要联系人</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>主要联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>邮箱(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
    <message>
        <source>Choose the customer this contact works for.</source>
        <translation>请选择该联系人所属的客户。</translation>
    </message>
</context>
<context>
    <name>ContractCollectionWidget</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>客户预收余额</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>出货单</translation>
    </message>
    <message>
        <source>Appl&amp;y terms</source>
        <translation>套用付款条件(&amp;Y)</translation>
    </message>
    <message>
        <source>S&amp;hip the rest</source>
        <translation>剩余全部出货(&amp;H)</translation>
    </message>
    <message>
        <source>In&amp;voice the rest</source>
        <translation>剩余全部开票(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>收款金额(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Log receipt</source>
        <translation>登记收款(&amp;L)</translation>
    </message>
    <message>
        <source>Total %1   Invoiced %2   Credited %3   Paid %4   Outstanding %5   Delivery: %6</source>
        <translation>合计 %1   已开票 %2   已冲红 %3   已回款 %4   未收 %5   交付：%6</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Submit for &amp;approval</source>
        <translation>提交审批(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>签订(&amp;I)…</translation>
    </message>
    <message>
        <source>Start &amp;delivery</source>
        <translation>开始交付(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>完成(&amp;M)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel contract</source>
        <translation>取消合同(&amp;N)</translation>
    </message>
    <message>
        <source>Back to dra&amp;ft</source>
        <translation>退回草稿(&amp;F)</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>签约人(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Main te&amp;rms:</source>
        <translation>主要条款(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Contract %1 — %2 — %3</source>
        <translation>合同 %1 — %2 — %3</translation>
    </message>
    <message>
        <source>(signed %1)</source>
        <translation>（%1 签订）</translation>
    </message>
    <message>
        <source>Net %1   Tax %2   Total %3</source>
        <translation>不含税金额 %1   税额 %2   合计 %3</translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Mark the opportunity of this contract as won with %1?</source>
        <translation>将此合同的商机标记为赢单，金额为 %1？</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Under approval</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>交付中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The contract could not be read: %1</source>
        <translation>无法读取合同：%1</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>The quote could not be read: %1</source>
        <translation>无法读取报价单：%1</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>该报价单已不存在。</translation>
    </message>
    <message>
        <source>Only the current version of an accepted quote becomes a contract.</source>
        <translation>只有已接受报价单的最新版本才能生成合同。</translation>
    </message>
    <message>
        <source>This quote already became contract %1.</source>
        <translation>该报价单已生成合同 %1。</translation>
    </message>
    <message>
        <source>The quote&apos;s lines do not add up.</source>
        <translation>报价单明细行的金额有误。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>合同的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A contract that is %1 cannot become %2.</source>
        <translation>状态为“%1”的合同不能改为“%2”。</translation>
    </message>
    <message>
        <source>The pipeline has no won stage.</source>
        <translation>销售阶段中没有赢单阶段。</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同已签订</translation>
    </message>
</context>
<context>
    <name>ConvertLeadDialog</name>
    <message>
        <source>Convert Lead</source>
        <translation>转化线索</translation>
    </message>
    <message>
        <source>Make a &amp;new customer:</source>
        <translation>新建客户(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Attach to an existing customer:</source>
        <translation>归入已有客户(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 — %2 (score %3)</source>
        <translation>%1 — %2（相似度 %3）</translation>
    </message>
    <message>
        <source>No similar customers found. Pick one:</source>
        <translation>未找到相似客户。请选择：</translation>
    </message>
    <message>
        <source>Possible duplicates of this lead&apos;s customer:</source>
        <translation>可能与此线索重复的客户：</translation>
    </message>
    <message>
        <source>Create an &amp;opportunity</source>
        <translation>同时创建商机(&amp;O)</translation>
    </message>
    <message>
        <source>From the company and product interest</source>
        <translation>按公司和意向产品命名</translation>
    </message>
    <message>
        <source>Opportunity na&amp;me:</source>
        <translation>商机名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Amo&amp;unt (CNY):</source>
        <translation>金额（人民币）(&amp;U)：</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交日期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>转化(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the customer to attach the lead to.</source>
        <translation>请选择要归入的客户。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file cannot be read twice (it is not a regular file).</source>
        <translation>无法重复读取该文件（它不是普通文件）。</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>未知的文本编码“%1”。</translation>
    </message>
    <message>
        <source>This is not a text file: its first bytes contain binary data (NUL bytes).</source>
        <translation>这不是文本文件：文件开头含有二进制数据（NUL 字节）。</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields.</source>
        <translation>引号或换行符不能用作字段分隔符。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>无法读取标题行：%1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Cannot read the file after line %1: %2</source>
        <translation>读取到第 %1 行之后出错：%2</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts there is never closed (a missing &quot; before the end of the file).</source>
        <translation>第 %1 行：从此处开始的带引号字段没有结束（文件结尾前缺少 &quot;）。</translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters.</source>
        <translation>第 %1 个字段超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Field %1 has text after its closing quote.</source>
        <translation>第 %1 个字段的结束引号后还有文字。</translation>
    </message>
    <message>
        <source>The record contains binary data (NUL bytes).</source>
        <translation>该记录含有二进制数据（NUL 字节）。</translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1; choose the file&apos;s encoding.</source>
        <translation>部分字符无法按 %1 读取，请选择文件的编码。</translation>
    </message>
    <message>
        <source>This record has %1 fields where the header has %2.</source>
        <translation>该记录有 %1 个字段，而标题行有 %2 个。</translation>
    </message>
    <message>
        <source>This record has %1 fields where the first has %2.</source>
        <translation>该记录有 %1 个字段，而第一条记录有 %2 个。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The encoding &quot;%1&quot; is not known.</source>
        <translation>无法识别编码“%1”。</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>Some text cannot be written in the chosen encoding.</source>
        <translation>部分文字无法用所选编码保存。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>CurrencyComboBox</name>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>新台币</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>韩元</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>澳元</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>加元</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>瑞士法郎</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <extracomment>currency combo entry: ISO code, name, symbol, e.g. &quot;CNY – Chinese yuan (¥)&quot;</extracomment>
        <translation>%1 – %2（%3）</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>A – key customer</source>
        <translation>A 类（重点客户）</translation>
    </message>
    <message>
        <source>B – regular customer</source>
        <translation>B 类（普通客户）</translation>
    </message>
    <message>
        <source>C – occasional customer</source>
        <translation>C 类（一般客户）</translation>
    </message>
    <message>
        <source>(not tiered)</source>
        <translation>（未分层）</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>公司(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>规模(&amp;Z)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家/地区(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Value tier:</source>
        <translation>价值分层(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>线索来源(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <comment>province, state</comment>
        <translation>省份(&amp;G)：</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <comment>a city&apos;s district or county</comment>
        <translation>区县(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <comment>street and number</comment>
        <translation>详细地址(&amp;D)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation>公司规模不能为负数。</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Log a &amp;call</source>
        <translation>记录通话(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>添加任务(&amp;T)</translation>
    </message>
    <message>
        <source>New &amp;opportunity</source>
        <translation>新建商机(&amp;O)</translation>
    </message>
    <message>
        <source>Add co&amp;ntact</source>
        <translation>添加联系人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>This customer does not exist or has been deleted.</source>
        <translation>该客户不存在或已被删除。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>跟进记录（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>联系人（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opportunities (%n)</source>
        <translation>
            <numerusform>商机（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tasks (%n)</source>
        <translation>
            <numerusform>任务（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Print history…</source>
        <translation>打印历史记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this customer&apos;s history for a visit (%1)</source>
        <translation>打印该客户的历史记录，供拜访时使用（%1）</translation>
    </message>
    <message>
        <source>No customer is shown.</source>
        <translation>当前未显示任何客户。</translation>
    </message>
    <message>
        <source>%1 — history</source>
        <translation>%1 — 历史记录</translation>
    </message>
    <message>
        <source>Ed&amp;it customer</source>
        <translation>编辑客户(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: an action, its shortcut</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Notes and background</source>
        <translation>备注与背景</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <source>Your role may not print or export reports.</source>
        <translation>您的角色无权打印或导出报表。</translation>
    </message>
    <message numerus="yes">
        <source>Service history (%n)</source>
        <translation>
            <numerusform>服务记录（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1，其中逾期 %2</translation>
    </message>
    <message numerus="yes">
        <source>Contracts (%n)</source>
        <translation>
            <numerusform>合同（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type to search customers</source>
        <translation>输入以搜索客户</translation>
    </message>
    <message>
        <source>(deleted customer)</source>
        <translation>（已删除的客户）</translation>
    </message>
</context>
<context>
    <name>DashboardBenchData</name>
    <message>
        <source>The pipeline needs a won and a lost stage.</source>
        <translation>销售管道需要有一个赢单阶段和一个输单阶段。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Sales funnel (opportunities that reached each stage)</source>
        <translation>销售漏斗（到达各阶段的商机）</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Revenue and weighted forecast</source>
        <translation>营收与加权预测</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Conversion to the next stage and days in stage</source>
        <translation>阶段转化率与停留天数</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Customer value tiers (ABC)</source>
        <translation>客户价值分层（ABC）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s), %2</source>
        <comment>tier, share</comment>
        <translation>
            <numerusform>%1：%n 个客户，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>%1 · %2 now · %3</source>
        <comment>funnel stage label: stage name, deals in it now, their amount</comment>
        <translation>%1 · %2 个 · %3</translation>
    </message>
    <message>
        <source>Follow-ups per week by channel</source>
        <comment>counts of follow-ups</comment>
        <translation>每周跟进次数（按渠道）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <comment>axis title: a count of follow-ups</comment>
        <translation>跟进次数</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期任务数</translation>
    </message>
    <message>
        <source>%1 won, %2 open</source>
        <translation>赢单金额 %1，进行中商机金额 %2</translation>
    </message>
    <message>
        <source>Amounts in other currencies are not included: %1.</source>
        <translation>未包含其他币种的金额：%1。</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter number</comment>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Won amount by rep</source>
        <translation>按销售代表统计赢单金额</translation>
    </message>
    <message>
        <source>Won amount by team</source>
        <translation>按团队统计赢单金额</translation>
    </message>
    <message>
        <source>Won amount by industry</source>
        <translation>按行业统计赢单金额</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Revenue and forecast</source>
        <translation>营收与预测</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>起始阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入数</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>团队业绩</translation>
    </message>
    <message>
        <source>Customer value tiers</source>
        <translation>客户价值分层</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <comment>a count of follow-ups</comment>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>a count of won deals</comment>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>a count of lost deals</comment>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Follow-ups per week</source>
        <comment>counts of follow-ups</comment>
        <translation>每周跟进次数</translation>
    </message>
    <message>
        <source>None</source>
        <comment>key figure: no amount at all</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>No won deals in %1 in %2</source>
        <comment>currency code, period</comment>
        <translation>%2没有 %1 赢单</translation>
    </message>
    <message>
        <source>No won deals for %1 in %2 in %3</source>
        <comment>rep or team, currency code, period</comment>
        <translation>“%1”在%3没有 %2 赢单</translation>
    </message>
    <message>
        <source>No opportunities in %1</source>
        <comment>period</comment>
        <translation>%1没有商机</translation>
    </message>
    <message>
        <source>No opportunities for %1 in %2</source>
        <comment>rep or team, period</comment>
        <translation>“%1”在%2没有商机</translation>
    </message>
    <message>
        <source>No stage changes in %1</source>
        <comment>period</comment>
        <translation>%1没有阶段变更</translation>
    </message>
    <message>
        <source>No stage changes for %1 in %2</source>
        <comment>rep or team, period</comment>
        <translation>“%1”在%2没有阶段变更</translation>
    </message>
    <message>
        <source>No follow-ups in %1</source>
        <comment>period</comment>
        <translation>%1没有跟进记录</translation>
    </message>
    <message>
        <source>No follow-ups for %1 in %2</source>
        <comment>rep or team, period</comment>
        <translation>“%1”在%2没有跟进记录</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>营收走势</translation>
    </message>
    <message>
        <source>Won amount by rep</source>
        <translation>各销售代表赢单金额</translation>
    </message>
    <message>
        <source>Won amount by team</source>
        <translation>各团队赢单金额</translation>
    </message>
    <message>
        <source>Won amount by industry</source>
        <translation>各行业赢单金额</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>团队业绩</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>营收图表</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>%1 · amounts in %2 · read in %3 ms</source>
        <translation>%1 · 币种：%2 · 读取耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>Show the overdue tasks</source>
        <translation>查看已逾期任务</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>将报表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>销售目标…</translation>
    </message>
    <message>
        <source>Edit the monthly sales targets of reps and teams</source>
        <translation>编辑销售代表和团队的月度销售目标</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>正在更新数据…</translation>
    </message>
    <message>
        <source>The currency of every amount on this page, in print and in deskcrm-cli report</source>
        <translation>本页、打印报表和 deskcrm-cli report 中所有金额的币种</translation>
    </message>
    <message>
        <source>Won amount per currency in the period</source>
        <translation>统计期间内各币种的赢单金额</translation>
    </message>
    <message>
        <source>No data in %1.</source>
        <comment>period</comment>
        <translation>%1没有数据。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a year</comment>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>No won deals in %1 in %2.</source>
        <comment>currency code, period</comment>
        <translation>%2没有 %1 赢单。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>a currency code</comment>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Lead funnel</source>
        <translation>线索漏斗</translation>
    </message>
    <message>
        <source>Leads by stage, source and rep</source>
        <translation>线索（按阶段、来源和销售代表）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转化数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>销售代表：%1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Your role may not print or export reports.</source>
        <translation>您的角色无权打印或导出报表。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>未安装 Qt SQL 驱动 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <source>Cannot register the user %1: %2</source>
        <translation>无法登记用户 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was saved: another program deleted or replaced %1 while DeskCRM was using it, so a save now could be lost. Your changes are still on screen; copy what you need, then restart DeskCRM (or open the database again with File &gt; Open local database) and save again.</source>
        <translation>未保存：DeskCRM 使用期间，另一个程序删除或替换了 %1，现在保存可能会丢失。您的修改仍显示在屏幕上；请复制需要的内容，然后重新启动 DeskCRM（或通过“文件 &gt; 打开本地数据库”重新打开数据库）后再保存。</translation>
    </message>
    <message>
        <source>you may not change the file %1</source>
        <translation>您没有修改文件 %1 的权限</translation>
    </message>
    <message>
        <source>you may not change the folder %1</source>
        <translation>您没有修改文件夹 %1 的权限</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1
(Technical detail: %2)</source>
        <translation>%1
（技术细节：%2）</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>opened for viewing only</source>
        <translation>仅供查看而打开</translation>
    </message>
    <message>
        <source>DeskCRM cannot open %1: it was made by an older DeskCRM and must be upgraded, which it cannot do here (%2). Ask whoever manages the file for write access, or copy it to a folder of your own and open the copy.</source>
        <translation>DeskCRM 无法打开 %1：它由旧版 DeskCRM 创建，需要升级，但这里无法升级（%2）。请向管理该文件的人申请写入权限，或把它复制到您自己的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Nothing was saved: this database is open read-only (%1). Your changes are still on screen. To edit, ask whoever manages the file for write access, or copy it to a folder of your own and open the copy (File &gt; Open local database).</source>
        <translation>未保存：此数据库以只读方式打开（%1）。您的修改仍显示在屏幕上。如需编辑，请向管理该文件的人申请写入权限，或把它复制到您自己的文件夹，再打开副本（文件 &gt; 打开本地数据库）。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>DeskCRM backs up SQLite databases only. Back up a PostgreSQL database on the server with pg_dump (for example: pg_dump --format=custom --file=deskcrm.dump DATABASE).</source>
        <translation>DeskCRM 仅能备份 SQLite 数据库。PostgreSQL 数据库请在服务器上使用 pg_dump 备份（例如：pg_dump --format=custom --file=deskcrm.dump DATABASE）。</translation>
    </message>
    <message>
        <source>No backup file given.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 是文件夹，请为备份指定文件名。</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name or allow overwriting.</source>
        <translation>文件 %1 已存在，请另选文件名或允许覆盖。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database it copies.</source>
        <translation>备份文件不能覆盖正在备份的数据库本身。</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection; cannot back up.</source>
        <translation>SQLite 驱动未提供其底层连接，无法备份。</translation>
    </message>
    <message>
        <source>The database is not open; cannot back up.</source>
        <translation>数据库未打开，无法备份。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The backup copy failed its check: %1</source>
        <translation>备份副本未通过校验：%1</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot move the backup to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
    <message>
        <source>%1 is a database DeskCRM has open (or one of its working files); choose a backup file.</source>
        <translation>%1 是 DeskCRM 正在使用的数据库（或其工作文件），请选择备份文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DeskCRM database (not an SQLite file).</source>
        <translation>%1 不是 DeskCRM 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored: %2</source>
        <translation>%1 已损坏，无法用于恢复：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation>%1 已损坏，无法用于恢复（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a DeskCRM one.</source>
        <translation>%1 是 SQLite 数据库，但不是 DeskCRM 数据库。</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的数据库结构版本：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer DeskCRM (schema version %2; this program knows up to version %3). Update DeskCRM to restore it.</source>
        <translation>%1 由更新版本的 DeskCRM 写入（数据库结构版本 %2；本程序最高支持版本 %3）。请更新 DeskCRM 后再恢复。</translation>
    </message>
    <message>
        <source>%1 has no DeskCRM schema.</source>
        <translation>%1 没有 DeskCRM 数据库结构。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file. The database was not changed.</source>
        <translation>%1 就是该数据库本身，请选择备份文件。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation>无法先保存当前数据库，因此未进行恢复：%1</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection; cannot restore.</source>
        <translation>SQLite 驱动未提供其连接，无法恢复。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The restore could not start: %1</source>
        <translation>无法开始恢复：%1</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Close it and try again. Nothing was changed.</source>
        <translation>数据库正忙：另一个程序正在写入。请关闭该程序后重试。未作任何更改。</translation>
    </message>
    <message>
        <source>The restore failed: %1. Nothing was changed.</source>
        <translation>恢复失败：%1。未作任何更改。</translation>
    </message>
    <message>
        <source>DeskCRM restores SQLite databases only. Restore a PostgreSQL database on the server with pg_restore (for example: pg_restore --clean --if-exists --no-owner --dbname=DATABASE deskcrm.dump), then verify it with deskcrm-cli check.</source>
        <translation>DeskCRM 只能恢复 SQLite 数据库。请在服务器上用 pg_restore 恢复 PostgreSQL 数据库（例如：pg_restore --clean --if-exists --no-owner --dbname=DATABASE deskcrm.dump），然后用 deskcrm-cli check 检查。</translation>
    </message>
    <message>
        <source>%1 The database was not changed.</source>
        <extracomment>%1 is why the file was refused, a full sentence</extracomment>
        <translation>%1数据库未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not damaged, so it was not replaced: open it and restore into it instead.</source>
        <translation>%1 没有损坏，因此没有被替换：请打开它，再向其中恢复备份。</translation>
    </message>
    <message>
        <source>%1 could not be copied beside the database (%2). The database was not changed.</source>
        <translation>无法将 %1 复制到数据库所在的文件夹（%2）。数据库没有任何改动。</translation>
    </message>
    <message>
        <source>%1 could not be moved aside. The database was not changed.</source>
        <translation>无法将 %1 移到一旁。数据库没有任何改动。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1. The database was not changed.</source>
        <translation>无法用备份替换 %1。数据库没有任何改动。</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The schema version %1 is newer than this program (version %2): update DeskCRM.</source>
        <translation>数据库结构版本 %1 比本程序（版本 %2）新，请升级 DeskCRM。</translation>
    </message>
    <message>
        <source>The database has no DeskCRM schema: run &quot;deskcrm-cli init&quot;.</source>
        <translation>数据库中没有 DeskCRM 数据库结构，请运行“deskcrm-cli init”。</translation>
    </message>
    <message>
        <source>The schema version %1 is older than this program&apos;s (version %2): opening it with DeskCRM or running &quot;deskcrm-cli init&quot; upgrades it.</source>
        <translation>数据库结构版本 %1 比本程序（版本 %2）旧：用 DeskCRM 打开该数据库或运行“deskcrm-cli init”即可升级。</translation>
    </message>
    <message>
        <source>Schema version %1 matches this program.</source>
        <translation>数据库结构版本 %1 与本程序一致。</translation>
    </message>
    <message>
        <source>All tables are present.</source>
        <translation>所有数据表均存在。</translation>
    </message>
    <message>
        <source>Tables are missing: %1</source>
        <translation>缺少数据表：%1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check: ok.</source>
        <translation>SQLite 完整性检查：通过。</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>无法执行外键检查：%1</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Every reference between tables points to an existing row.</source>
        <translation>表之间的所有引用均指向存在的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s) in all.</source>
        <translation>
            <numerusform>共有 %n 处无效引用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer search index matches the customers.</source>
        <translation>客户搜索索引与客户数据一致。</translation>
    </message>
    <message>
        <source>The customer search index does not match the customers (%1): rebuild it.</source>
        <translation>客户搜索索引与客户数据不一致（%1），请重建索引。</translation>
    </message>
    <message>
        <source>The PostgreSQL extension pg_trgm, which customer search needs, is not installed.</source>
        <translation>未安装客户搜索所需的 PostgreSQL 扩展 pg_trgm。</translation>
    </message>
    <message>
        <source>The search extension pg_trgm is installed.</source>
        <translation>已安装搜索扩展 pg_trgm。</translation>
    </message>
    <message>
        <source>The index check could not run: %1</source>
        <translation>无法执行索引检查：%1</translation>
    </message>
    <message>
        <source>Every index is valid.</source>
        <translation>所有索引均有效。</translation>
    </message>
    <message>
        <source>Invalid indexes (rebuild them with REINDEX): %1</source>
        <translation>存在无效索引（请用 REINDEX 重建）：%1</translation>
    </message>
    <message>
        <source>Every foreign key is validated.</source>
        <translation>所有外键均已验证。</translation>
    </message>
    <message>
        <source>Foreign keys not validated: %1</source>
        <translation>未验证的外键：%1</translation>
    </message>
    <message>
        <source>The pipeline check could not run: %1</source>
        <translation>无法执行销售管道检查：%1</translation>
    </message>
    <message>
        <source>The sales pipeline needs open stages, one won stage and one lost stage.</source>
        <translation>销售管道需要包含进行中的阶段、一个赢单阶段和一个输单阶段。</translation>
    </message>
    <message numerus="yes">
        <source>The sales pipeline has %n stage(s), one won and one lost.</source>
        <translation>
            <numerusform>销售管道共有 %n 个阶段，其中包括一个赢单阶段和一个输单阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer search index was not checked: the database is read-only here, and SQLite checks that index only with write access.</source>
        <translation>未检查客户搜索索引：此处数据库为只读，而 SQLite 只有在可写时才能检查该索引。</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it (another DeskCRM window, a backup or sync tool, deskcrm-cli). Nothing was saved. Wait a moment and try again; if it stays busy, close the other program.</source>
        <translation>数据库正忙：另一个程序正在写入（另一个 DeskCRM 窗口、备份或同步工具、deskcrm-cli）。未保存任何内容。请稍候再试；如果一直忙，请关闭那个程序。</translation>
    </message>
    <message>
        <source>%1 is not a DeskCRM database, or it is damaged so badly that it cannot be read. DeskCRM did not change it. If it held your data, restore it from a backup: File &gt; Restore… in DeskCRM, or deskcrm-cli restore --from BACKUP_FILE.</source>
        <translation>%1 不是 DeskCRM 数据库，或已严重损坏、无法读取。DeskCRM 没有修改它。如果其中有您的数据，请从备份恢复：在 DeskCRM 中选择“文件 &gt; 恢复…”，或运行 deskcrm-cli restore --from 备份文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it is missing or overwritten (a copy or sync that did not finish, a disk fault). DeskCRM did not change it. Restore it from a backup: File &gt; Restore… in DeskCRM, or deskcrm-cli restore --from BACKUP_FILE.</source>
        <translation>%1 已损坏：部分内容缺失或被覆盖（复制或同步未完成、磁盘故障）。DeskCRM 没有修改它。请从备份恢复：在 DeskCRM 中选择“文件 &gt; 恢复…”，或运行 deskcrm-cli restore --from 备份文件。</translation>
    </message>
    <message>
        <source>%1 is read-only for you, so nothing was saved. Ask whoever manages the file for write access, or open a copy in a folder of your own.</source>
        <translation>%1 对您是只读的，因此未保存任何内容。请向管理该文件的人申请写入权限，或在您自己的文件夹中打开一份副本。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so nothing was saved. Free some space, then save again.</source>
        <translation>存放 %1 的磁盘已满，未保存任何内容。请腾出一些空间后再保存。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time, so DeskCRM stopped waiting and nothing was saved. Your changes are still on screen: try again in a moment. If it keeps happening, the server is overloaded; its administrator can look at it.</source>
        <translation>服务器 %1 未及时响应，DeskCRM 已停止等待，没有保存任何内容。您的修改仍在屏幕上：请稍后重试。如果反复出现，说明服务器负载过高，请联系管理员检查。</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (network or server restart), so nothing was saved. Your changes are still on screen: check the network, then save again.</source>
        <translation>与服务器 %1 的连接已断开（网络问题或服务器重启），没有保存任何内容。您的修改仍在屏幕上：请检查网络后再次保存。</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, and this connection requires one, so DeskCRM did not connect: it never sends your password and customers unencrypted when told not to. Ask the server&apos;s administrator to turn on TLS (ssl = on).</source>
        <translation>服务器 %1 不提供加密连接，而此连接要求加密，因此 DeskCRM 没有连接：在要求加密时，它绝不会以明文发送您的密码和客户数据。请联系服务器管理员开启 TLS（ssl = on）。</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is: its certificate does not name this server or is not signed by an authority this computer trusts. DeskCRM did not connect, because someone could be listening in between. Check the server name, or ask the administrator for the server&apos;s CA certificate (saved as ~/.postgresql/root.crt).</source>
        <translation>服务器 %1 无法证明自己的身份：其证书上的名称与该服务器不符，或者不是由本机信任的证书颁发机构签发的。DeskCRM 没有连接，因为中间可能有人窃听。请检查服务器名称，或向管理员索取服务器的 CA 证书（保存为 ~/.postgresql/root.crt）。</translation>
    </message>
    <message>
        <source>The search index check could not run: %1</source>
        <translation>无法检查搜索索引：%1</translation>
    </message>
    <message>
        <source>The search index holds every record as it is.</source>
        <translation>搜索索引与所有记录一致。</translation>
    </message>
    <message>
        <source>The quote and contract totals check could not run: %1</source>
        <translation>无法检查报价单和合同的金额：%1</translation>
    </message>
    <message numerus="yes">
        <source>The totals of %n quote(s) and contract(s) add up from their lines.</source>
        <translation>
            <numerusform>%n 份报价单和合同的金额与明细行一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service report summaries check could not run: %1</source>
        <translation>无法检查服务报表汇总：%1</translation>
    </message>
    <message>
        <source>The campaign summary check could not run: %1</source>
        <translation>无法执行营销活动汇总检查：%1</translation>
    </message>
    <message>
        <source>The campaign report&apos;s summaries match the deals under every attribution model.</source>
        <translation>在所有归因模型下，营销活动报表的汇总均与商机数据一致。</translation>
    </message>
    <message>
        <source>The service report summaries add up from the tickets.</source>
        <translation>服务报表汇总与工单一致。</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Date and time (T: today)</source>
        <translation>日期和时间（T：今天）</translation>
    </message>
    <message>
        <source>Date (T: today)</source>
        <translation>日期（T：今天）</translation>
    </message>
    <message>
        <source>Type a date such as %1 or %2, or press T for today, + for tomorrow, W for a week from today; F4 opens the calendar.</source>
        <translation>输入日期，如 %1 或 %2；按 T 填入今天，按 + 填入明天，按 W 填入一周后；F4 打开日历。</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>日历（F4）</translation>
    </message>
    <message>
        <source>Enter a date and time such as %1.</source>
        <translation>请填写日期和时间，如 %1。</translation>
    </message>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>请填写日期，如 %1。</translation>
    </message>
    <message>
        <source>This is not a date. Write it as %1, or press T for today.</source>
        <translation>无法识别该日期。请按 %1 的格式填写，或按 T 填入今天。</translation>
    </message>
    <message>
        <source>This is not a date. Write it as %1 or %2, or press T for today.</source>
        <translation>无法识别该日期。请按 %1 或 %2 的格式填写，或按 T 填入今天。</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation>明天(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>一周后(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>DeletedItemsModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
</context>
<context>
    <name>DeletedItemsPage</name>
    <message>
        <source>&amp;Purge…</source>
        <translation>彻底删除(&amp;P)…</translation>
    </message>
    <message>
        <source>Restore the selected record and what was deleted with it (Ctrl+R)</source>
        <translation>恢复所选记录及随其一并删除的内容（Ctrl+R）</translation>
    </message>
    <message>
        <source>Remove the selected record for good (Del)</source>
        <translation>彻底删除所选记录（Del）</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>回收站</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted items</source>
        <translation>
            <numerusform>%Ln 条已删除记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Add realistic demo data (Chinese and English customers with their activities).</source>
        <translation>添加逼真的演示数据（中英文客户及其跟进活动）。</translation>
    </message>
    <message>
        <source>How many customers to add (default 200).</source>
        <translation>要添加的客户数量（默认 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>随机种子；相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Add customers only: no contacts, follow-ups, opportunities or tasks.</source>
        <translation>仅添加客户，不添加联系人、跟进记录、商机或任务。</translation>
    </message>
    <message>
        <source>--customers needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--customers 须为大于或等于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed 须为大于或等于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Adding demo customers: %1 of %2 (%3%)</source>
        <translation>正在添加演示客户：%1 / %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customer(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %n 个演示客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows in %2 s (%3 rows/s).</source>
        <translation>共 %1 行，耗时 %2 秒（每秒 %3 行）。</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of demo customers cannot be negative.</source>
        <translation>演示客户数量不能为负数。</translation>
    </message>
    <message>
        <source>Cannot start writing demo data: %1</source>
        <translation>无法开始写入演示数据：%1</translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation>无法保存演示数据：%1</translation>
    </message>
</context>
<context>
    <name>DialogSeams</name>
    <message>
        <source>%1 is DeskCRM&apos;s open database or one of its working files. Choose another file; using this one could damage the database.</source>
        <translation>%1 是 DeskCRM 正在使用的数据库或其工作文件。请选择其他文件；使用此文件可能损坏数据库。</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>%1 %2, line %3: stored net %4 and tax %5, computed %6 and %7.</source>
        <translation>%1 %2 第 %3 行：保存的不含税金额为 %4、税额为 %5，计算结果为 %6 和 %7。</translation>
    </message>
    <message>
        <source>%1 %2: stored total %3 (tax %4), computed from its lines %5 (tax %6).</source>
        <translation>%1 %2：保存的总金额为 %3（税额 %4），按明细行计算为 %5（税额 %6）。</translation>
    </message>
</context>
<context>
    <name>DocumentEditors</name>
    <message>
        <source>Save quote as PDF</source>
        <translation>将报价单保存为 PDF</translation>
    </message>
    <message>
        <source>Save contract as PDF</source>
        <translation>将合同保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentLines</name>
    <message>
        <source>The lines could not be read: %1</source>
        <translation>无法读取明细行：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>DocumentNumbering</name>
    <message>
        <source>There is no number sequence for &quot;%1&quot;.</source>
        <translation>没有“%1”的编号规则。</translation>
    </message>
    <message>
        <source>The document number could not be read: %1</source>
        <translation>无法读取单据编号：%1</translation>
    </message>
    <message>
        <source>The pattern needs a place for the number, such as {NNNN}.</source>
        <translation>编号格式中须包含序号的位置，例如 {NNNN}。</translation>
    </message>
</context>
<context>
    <name>DocumentTotals</name>
    <message>
        <source>Quantities, prices and discounts cannot be negative.</source>
        <translation>数量、单价和折扣不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>税率须在 0% 至 100% 之间。</translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large.</source>
        <translation>该行金额过大。</translation>
    </message>
    <message>
        <source>A discount cannot be more than 100%.</source>
        <translation>折扣不能超过 100%。</translation>
    </message>
    <message>
        <source>The discount is larger than the line&apos;s amount.</source>
        <translation>折扣金额大于该行金额。</translation>
    </message>
    <message>
        <source>The document&apos;s total is too large.</source>
        <translation>单据总金额过大。</translation>
    </message>
</context>
<context>
    <name>DuplicateIndex</name>
    <message>
        <source>Could not read the records: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>无法查找重复记录：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateKeys</name>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between reasons</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DuplicateMerger</name>
    <message>
        <source>Choose the record to keep and at least one other.</source>
        <translation>请选择要保留的记录，并至少再选择一条要合并的记录。</translation>
    </message>
    <message>
        <source>Could not merge: %1</source>
        <translation>无法合并：%1</translation>
    </message>
    <message>
        <source>One of these records was deleted or merged in the meantime. Nothing was merged.</source>
        <translation>其中一条记录已被他人删除或合并，未进行任何合并。</translation>
    </message>
    <message>
        <source>Could not undo the merge: %1</source>
        <translation>无法撤销合并：%1</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>此次合并已撤销。</translation>
    </message>
    <message>
        <source>Could not undo the merge: it names no customers or contacts.</source>
        <translation>无法撤销合并：其中没有客户或联系人。</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicate contact</source>
        <translation>可能重复的联系人</translation>
    </message>
    <message>
        <source>Possible duplicate customer</source>
        <translation>可能重复的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) already saved look like this one. Save it anyway, or open the existing one?</source>
        <translation>
            <numerusform>已有 %n 位联系人与此记录相似。仍要保存，还是打开已有的记录？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already saved look like this one. Save it anyway, or open the existing one?</source>
        <translation>
            <numerusform>已有 %n 个客户与此记录相似。仍要保存，还是打开已有的记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>打开已有记录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message>
        <source>List likely duplicate customers or contacts (same e-mail, phone or name, similar names).</source>
        <translation>列出可能重复的客户或联系人（电子邮件、电话或名称相同，或名称相似）。</translation>
    </message>
    <message>
        <source>customers or contacts.</source>
        <translation>customers（客户）或 contacts（联系人）。</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>text (default) or json (one group per line).</source>
        <translation>text（默认）或 json（每行一组）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--entity must be customers or contacts.</source>
        <translation>--entity 必须是 customers 或 contacts。</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>Group %1: %2 (score %3)</source>
        <translation>第 %1 组：%2（相似度 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates found in %1 s.</source>
        <translation>
            <numerusform>找到 %n 组可能重复的记录，用时 %1 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a list (customers, contacts, follow-ups, opportunities, tasks) as CSV, Excel, vCard or iCalendar.</source>
        <translation>导出列表（客户、联系人、跟进记录、商机、任务）为 CSV、Excel、vCard 或 iCalendar 文件。</translation>
    </message>
    <message>
        <source>The list: customers, contacts, interactions (follow-ups), opportunities or tasks.</source>
        <translation>要导出的列表：customers（客户）、contacts（联系人）、interactions（跟进记录）、opportunities（商机）或 tasks（任务）。</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>csv, xlsx (Excel), vcf (vCard, contacts) or ics (iCalendar, tasks and follow-ups).</source>
        <translation>csv、xlsx（Excel）、vcf（vCard，仅联系人）或 ics（iCalendar，仅任务和跟进记录）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only the rows the list&apos;s quick filter finds for this text.</source>
        <translation>仅导出列表快速筛选能按此文字找到的行。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>CSV only: the text encoding, such as gb18030 for Excel on Chinese Windows (default: UTF-8 with a byte order mark).</source>
        <translation>仅用于 CSV：文字编码，例如供中文 Windows 版 Excel 使用的 gb18030（默认：带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>--entity must be one of: customers, contacts, interactions, opportunities, tasks.</source>
        <translation>--entity 必须是以下之一：customers、contacts、interactions、opportunities、tasks。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx, vcf or ics.</source>
        <translation>--format 必须是 csv、xlsx、vcf 或 ics。</translation>
    </message>
    <message>
        <source>Only contacts can be exported as vCard.</source>
        <translation>只有联系人可以导出为 vCard。</translation>
    </message>
    <message>
        <source>Only tasks and follow-ups (interactions) can be exported as iCalendar.</source>
        <translation>只有任务和跟进记录（interactions）可以导出为 iCalendar。</translation>
    </message>
    <message>
        <source>Name the file to write with --output FILE.</source>
        <translation>请用 --output FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV files only.</source>
        <translation>--encoding 仅适用于 CSV 文件。</translation>
    </message>
    <message>
        <source>Exported %1 row(s) to %2 in %3 s.</source>
        <translation>已导出 %1 行到 %2，用时 %3 秒。</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>数值不能为负数。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as CNY.</source>
        <translation>币种必须是三个字母的 ISO 代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The expected close date cannot be more than a year before the opportunity was created.</source>
        <translation>预计成交日期不能早于商机创建日期一年以上。</translation>
    </message>
    <message>
        <source>The expected close date is too far in the future.</source>
        <translation>预计成交日期太过遥远。</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Write it with the country code, e.g. %1.</source>
        <translation>电话号码无效。请连同国家/地区代码填写，如 %1。</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Write it as %1, or with the country code, e.g. %2.</source>
        <translation>电话号码无效。请按 %1 的格式填写，或连同国家/地区代码填写，如 %2。</translation>
    </message>
</context>
<context>
    <name>FileTypeIconProvider</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复记录</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Scan &amp;again (F5)</source>
        <translation>重新查找(&amp;A)（F5）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company / customer</source>
        <translation>公司/客户</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s)</source>
        <translation>
            <numerusform>%1 — %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现可能重复的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n 组可能重复的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DeskCRM</source>
        <translation>欢迎使用 DeskCRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;How would you like to start?&lt;/b&gt;&lt;br&gt;Your data is kept on this computer unless you connect to a team database. You can change this later.</source>
        <translation>&lt;b&gt;您想如何开始？&lt;/b&gt;&lt;br&gt;除非连接到团队数据库，否则您的数据只保存在本机上。以后可以随时更改。</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>从空数据库开始(&amp;E)</translation>
    </message>
    <message>
        <source>Load &amp;demo data to try DeskCRM out</source>
        <translation>加载演示数据试用 DeskCRM(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect to a team database…</source>
        <translation>连接到团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Number of customers:</source>
        <translation>客户数量(&amp;N)：</translation>
    </message>
    <message>
        <source>For sales teams sharing one PostgreSQL server; you need its address and your sign-in from your administrator.</source>
        <translation>适用于共用一台 PostgreSQL 服务器的销售团队；请向管理员索取服务器地址和您的登录账号。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Creating demo customers, contacts, follow-ups and opportunities…</source>
        <translation>正在创建演示客户、联系人、跟进记录和商机…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading Demo Data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Cancelled. The database was left unchanged.</source>
        <translation>已取消，数据库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, pinyin (zw for 张伟)…</source>
        <translation>名称、电话、邮箱或拼音（输入 zw 可找到张伟）…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>共 %n 条结果，按 Enter 键打开所选项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Open the SQLite file or PostgreSQL URL.</source>
        <translation>打开指定的 SQLite 文件或 PostgreSQL URL。</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>路径或网址</translation>
    </message>
    <message>
        <source>name</source>
        <translation>页面名</translation>
    </message>
    <message>
        <source>Language code, e.g. en or zh_CN.</source>
        <translation>界面语言代码，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>DeskCRM desktop client</source>
        <translation>DeskCRM 桌面客户端</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2, customer:&lt;id&gt;.</source>
        <translation>未知页面“%1”。可用页面：%2, customer:&lt;id&gt;。</translation>
    </message>
    <message>
        <source>A CSV, Excel or vCard file to import.</source>
        <translation>要导入的 CSV、Excel 或 vCard 文件。</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Start on a page: today, customers, contacts, interactions, opportunities, pipeline, tasks, taskboard, dashboard, deleted, leads, inbox, products, quotes, contracts, campaigns, competitors, receivables, tickets, ticketboard or customer:&lt;id&gt;.</source>
        <translation>启动时打开的页面：today、customers、contacts、interactions、opportunities、pipeline、tasks、taskboard、dashboard、deleted、leads、inbox、products、quotes、contracts、campaigns、competitors、receivables、tickets、ticketboard 或 customer:&lt;id&gt;。</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cannot write a calendar entry: %1</source>
        <translation>无法写入日历条目：%1</translation>
    </message>
    <message>
        <source>Cannot write the calendar: %1</source>
        <translation>无法写入日历：%1</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check the records</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Every record is checked before anything is imported. Nothing has been written yet.</source>
        <translation>导入前会逐条检查所有记录。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import n&amp;othing (correct the file and import it again)</source>
        <translation>不导入(&amp;O)（修改文件后重新导入）</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Import &amp;all records</source>
        <translation>导入全部记录(&amp;A)</translation>
    </message>
    <message>
        <source>Import only the &amp;good records</source>
        <translation>仅导入无问题的记录(&amp;G)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking %1: %2 records so far…</source>
        <translation>正在检查 %1：已检查 %2 条记录…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法导入：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 records read: %2 can be imported, %3 have problems.</source>
        <translation>共读取 %1 条记录：%2 条可以导入，%3 条有问题。</translation>
    </message>
    <message>
        <source>The list shows the first %1 problems; the saved report has them all.</source>
        <translation>列表仅显示前 %1 个问题；保存的报告包含全部问题。</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Import &amp;all %1 records</source>
        <translation>导入全部 %1 条记录(&amp;A)</translation>
    </message>
    <message>
        <source>Import only the %1 &amp;good records; leave out the %2 with problems</source>
        <translation>仅导入 %1 条无问题的记录，跳过 %2 条有问题的记录(&amp;G)</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-问题.csv</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>保存逐行报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) look like records already saved or earlier in the file; they are imported all the same (listed as possible duplicates).</source>
        <translation>
            <numerusform>%n 条记录与已保存的记录或文件中前面的行相似；它们仍会导入（列为“可能重复”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>… and %1 more problems (--report FILE saves them all).</source>
        <translation>……另有 %1 个问题（用 --report FILE 可全部保存）。</translation>
    </message>
    <message>
        <source>Import a CSV file (customers, contacts, follow-ups, opportunities, tasks, users, teams, products), checked first and written in one transaction.</source>
        <translation>导入 CSV 文件（客户、联系人、跟进记录、商机、任务、用户、团队、产品），先检查，再在一个事务中写入。</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>文件内容的类型：%1。</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Import the files of the folder given as argument with this import profile (a name, or a JSON file).</source>
        <translation>按此导入方案（名称或 JSON 文件）导入参数所指文件夹中的文件。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding, such as UTF-8, GB18030, Big5, windows-1252 (default: detected).</source>
        <translation>文件的文本编码，如 UTF-8、GB18030、Big5、windows-1252（默认自动识别）。</translation>
    </message>
    <message>
        <source>The field separator: , ; or tab (default: detected).</source>
        <translation>字段分隔符：, ; 或 tab（默认自动识别）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook (.xlsx) to import: its name or number (default: the first).</source>
        <translation>要导入的 Excel 工作簿（.xlsx）工作表：名称或序号（默认：第一个）。</translation>
    </message>
    <message>
        <source>SHEET</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>第一行是数据，不是列名。</translation>
    </message>
    <message>
        <source>Match existing records on this column or field (such as external_id, email or name): they are updated instead of added again.</source>
        <translation>按此列或字段（如 external_id、email 或 name）匹配已有记录：匹配到的记录会被更新，而不是重复添加。</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>列</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON).</source>
        <translation>已保存的列映射（JSON）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Create the users, teams, customers, contacts and products the file names but the database does not have (default: report them).</source>
        <translation>自动创建文件中提到但数据库中没有的用户、团队、客户、联系人和产品（默认：报告出来）。</translation>
    </message>
    <message>
        <source>How to read dates such as 05/03/2024: dmy (day first) or mdy (month first).</source>
        <translation>如何理解 05/03/2024 这样的日期：dmy（日在前）或 mdy（月在前）。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Currency of amounts written without one (default CNY).</source>
        <translation>未注明币种的金额所用的币种（默认 CNY）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Region of phone numbers written without a country code, such as CN or US (default: the computer&apos;s).</source>
        <translation>不带国家代码的电话号码所属地区，如 CN 或 US（默认：本机设置）。</translation>
    </message>
    <message>
        <source>Import the valid records even when others are refused.</source>
        <translation>即使部分记录被拒绝，也导入有效的记录。</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>只检查文件并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>Save the row report (every problem) as CSV.</source>
        <translation>将行报告（所有问题）保存为 CSV。</translation>
    </message>
    <message>
        <source>Output: text (default) or json (the counts).</source>
        <translation>输出格式：text（默认）或 json（统计数）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>Give either --entity ENTITY FILE or --profile NAME DIR.</source>
        <translation>请指定 --entity 类型 文件，或 --profile 名称 文件夹。</translation>
    </message>
    <message>
        <source>Name the folder to import.</source>
        <translation>请指定要导入的文件夹。</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>--delimiter must be , ; | or tab.</source>
        <translation>--delimiter 必须是 , ; | 或 tab。</translation>
    </message>
    <message>
        <source>--date-order must be dmy or mdy.</source>
        <translation>--date-order 必须是 dmy 或 mdy。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown import profile &quot;%1&quot;.</source>
        <translation>未知的导入方案“%1”。</translation>
    </message>
    <message>
        <source>The mapping is for %1, not %2.</source>
        <translation>该映射用于 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Checking: %1 rows (%2%)</source>
        <translation>正在检查：%1 行（%2%）</translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2%)</source>
        <translation>正在导入：%1 行（%2%）</translation>
    </message>
    <message numerus="yes">
        <source>Normalised %1 &quot;%2&quot; to &quot;%3&quot; (%n rows).</source>
        <translation>
            <numerusform>已将 %1 的“%2”规范为“%3”（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records read: %2 added, %3 updated, %4 unchanged, %5 refused (%6 s).</source>
        <translation>读取 %1 条记录：新增 %2 条，更新 %3 条，未变 %4 条，拒绝 %5 条（%6 秒）。</translation>
    </message>
    <message>
        <source>Created for names the file gives: %1 %2.</source>
        <translation>按文件中的名称新建：%1 个 %2。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>文件|文件夹</translation>
    </message>
    <message>
        <source>%1: %2 hold only %3; import it with --entity %3.</source>
        <translation>%1：%2 只包含%3；请使用 --entity %3 导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows look like records already saved or like earlier rows (imported all the same):</source>
        <translation>
            <numerusform>%n 行疑似与已保存的记录或文件中前面的行重复（仍会照常导入）：</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 行。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>DeskCRM reads the file, shows what it found, and checks every record before anything is imported. The import happens whole or not at all.</source>
        <translation>DeskCRM 会先读取文件、展示读取结果，并在导入前逐条检查记录。导入要么全部完成，要么完全不写入。</translation>
    </message>
    <message>
        <source>A CSV file, for example customers.csv</source>
        <translation>CSV 文件，例如 客户.csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Load a saved mapping…</source>
        <translation>载入已保存的映射(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>不使用(&amp;G)</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>字段映射：</translation>
    </message>
    <message>
        <source>Without a saved mapping, the columns are matched to fields by their names (in English or Chinese), or as you mapped the same columns last time. You can change every match before anything is checked.</source>
        <translation>未载入映射时，系统会按列名（中文或英文）自动对应字段；如果上次导入过列名相同的文件，则沿用上次的映射。检查之前，每一列的对应关系都可以修改。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>载入已保存的映射</translation>
    </message>
    <message>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation>导入映射 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This profile imports %1 files together. Import it with deskcrm-cli import --profile; the wizard imports one file at a time.</source>
        <translation>此方案需同时导入 %1 个文件，请使用 deskcrm-cli import --profile 导入；导入向导一次只能导入一个文件。</translation>
    </message>
    <message>
        <source>“%1”, for %2: how to read the file, which column goes where, and the options.</source>
        <translation>“%1”，用于%2：包括文件读取方式、各列对应的字段以及导入选项。</translation>
    </message>
    <message>
        <source>None: matched by the column names.</source>
        <translation>无：按列名自动对应。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not read the file %1.</source>
        <translation>无权读取文件 %1。</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>Unicode text in UTF-8</source>
        <translation>UTF-8 编码的 Unicode 文本</translation>
    </message>
    <message>
        <source>Unicode text in %1</source>
        <translation>%1 编码的 Unicode 文本</translation>
    </message>
    <message>
        <source>Chinese text in GB18030 (GBK)</source>
        <translation>GB18030（GBK）编码的中文文本</translation>
    </message>
    <message>
        <source>Traditional Chinese text in Big5</source>
        <translation>Big5 编码的繁体中文文本</translation>
    </message>
    <message>
        <source>Western European text in Windows-1252 (Latin-1)</source>
        <translation>Windows-1252（Latin-1）编码的西欧文本</translation>
    </message>
    <message>
        <source>text in %1</source>
        <translation>%1 编码的文本</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation>Unicode（UTF-16，小端）</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode（UTF-16，大端）</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030, GBK)</source>
        <translation>简体中文（GB18030、GBK）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Western European (Windows-1252, Latin-1)</source>
        <translation>西欧语言（Windows-1252、Latin-1）</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>Check the first rows below. If names look garbled, choose another encoding.</source>
        <translation>请核对下方前几行内容。如果名称显示为乱码，请更换编码。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>First row &amp;holds the column names</source>
        <translation>首行为列名(&amp;H)</translation>
    </message>
    <message>
        <source>The file says it holds %1 (it starts with a byte order mark).</source>
        <translation>文件标明其内容为%1（文件以字节顺序标记开头）。</translation>
    </message>
    <message>
        <source>Looks like %1 (almost certain).</source>
        <translation>看起来是%1（几乎可以确定）。</translation>
    </message>
    <message>
        <source>Looks like %1 (probably).</source>
        <translation>看起来是%1（可能性较大）。</translation>
    </message>
    <message>
        <source>Perhaps %1, but the file gives little to go on: check the rows below.</source>
        <translation>可能是%1，但文件中可供判断的内容较少，请核对下方各行。</translation>
    </message>
    <message>
        <source>It could also be read as %1.</source>
        <translation>也可以按 %1 读取。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>A %1 file.</source>
        <translation>%1文件。</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: characters of its first lines that cannot be decoded show as � (%2 of them). Choose another encoding.</source>
        <translation>无法按 %1 读取该文件：开头几行中有 %2 个字符无法解码，显示为 �。请更换编码。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Characters of these rows that cannot be read as %1 show as � (%2 of them). Choose another encoding.</source>
        <translation>这些行中有 %2 个字符无法按 %1 读取，显示为 �。请更换编码。</translation>
    </message>
    <message>
        <source>Columns: %1. The first rows as they will be read:</source>
        <translation>共 %1 列。以下为按当前设置读取的前几行：</translation>
    </message>
    <message>
        <source>The file&apos;s first lines</source>
        <translation>文件开头几行</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>CSV and text files</source>
        <translation>CSV 和文本文件</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Address books (vCard)</source>
        <translation>通讯录（vCard）</translation>
    </message>
    <message>
        <source>Files DeskCRM can import (%1)</source>
        <translation>可导入的文件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1, fields separated by &quot;%2&quot;</source>
        <translation>%1，字段以“%2”分隔</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard 名片</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Which column goes where</source>
        <translation>列与字段的对应</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>导入选项</translation>
    </message>
    <message>
        <source>Records already in DeskCRM with the same value are updated instead of added again.</source>
        <translation>DeskCRM 中已有相同值的记录将被更新，而不会重复添加。</translation>
    </message>
    <message>
        <source>&amp;Update records with the same:</source>
        <translation>按以下字段更新已有记录(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Create missing customers, users, teams and products</source>
        <translation>自动新建不存在的客户、用户、团队和产品(&amp;C)</translation>
    </message>
    <message>
        <source>Otherwise a name DeskCRM does not know is reported as a problem of its row.</source>
        <translation>否则，DeskCRM 中不存在的名称将作为该行的问题列出。</translation>
    </message>
    <message>
        <source>As the file shows (ask when unclear)</source>
        <translation>根据文件判断（无法判断时询问）</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日在前（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月在前（12/31/2024）</translation>
    </message>
    <message>
        <source>&amp;Dates such as 05/03/2024:</source>
        <translation>日期格式，如 05/03/2024(&amp;D)：</translation>
    </message>
    <message>
        <source>Amounts &amp;without a currency:</source>
        <translation>未注明币种的金额(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>未带国家/地区代码的电话号码所属地区(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>Saves the columns, the options and how the file is read as a profile (JSON) to load for the next file of this kind, here or with deskcrm-cli import --mapping.</source>
        <translation>将列映射、导入选项和文件读取方式保存为映射方案（JSON），下次导入同类文件时可在此载入，或通过 deskcrm-cli import --mapping 使用。</translation>
    </message>
    <message>
        <source>Each column of the file fills one field of the %1, or is left out. The rows at the bottom show what will be stored; red cells would be refused.</source>
        <translation>文件的每一列对应%1的一个字段，也可以不导入。下方各行显示将要保存的内容；红色单元格将被拒绝。</translation>
    </message>
    <message>
        <source>Mapped as the profile “%1” says.</source>
        <translation>已按映射方案“%1”对应。</translation>
    </message>
    <message>
        <source>Mapped as you mapped a file with these columns last time.</source>
        <translation>已沿用上次导入相同列时的映射。</translation>
    </message>
    <message>
        <source>Mapped by the column names. Check each field before you go on.</source>
        <translation>已按列名自动对应。继续之前请逐一核对。</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Values in it</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Field in DeskCRM</source>
        <translation>DeskCRM 字段</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>列“%1”对应的字段</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Nothing: always add new records</source>
        <translation>不匹配：始终添加新记录</translation>
    </message>
    <message>
        <source>Choose the field of at least one column.</source>
        <translation>请至少为一列选择对应字段。</translation>
    </message>
    <message>
        <source>Still to map (required): %1.</source>
        <translation>尚未对应的必填字段：%1。</translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation>以下为前几行将保存的内容：</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>导入映射 (*.json)</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>映射已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1（自定义字段）</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>File %1 of the profile: %2</source>
        <translation>导入方案中的第 %1 个文件：%2</translation>
    </message>
    <message>
        <source>The profile names no file to import.</source>
        <translation>导入方案中没有要导入的文件。</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation>无法将映射保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>无法读取映射 %1：%2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2</source>
        <translation>映射 %1 不是 JSON 对象：%2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>……另有 %1 个问题</translation>
    </message>
    <message>
        <source>Cannot save the row report to %1: %2</source>
        <translation>无法将行报告保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The good records are imported in one step; the records with problems are left out. Cancel leaves the database as it was.</source>
        <translation>无问题的记录将一次性导入，有问题的记录将被跳过。取消后数据库保持原样。</translation>
    </message>
    <message>
        <source>All records are imported in one step. Cancel leaves the database as it was.</source>
        <translation>所有记录将一次性导入。取消后数据库保持原样。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Checking the file again: %1 of %2 records…</source>
        <translation>正在再次检查文件：%1 / %2 条记录…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 records…</source>
        <translation>正在导入：%1 / %2 条记录…</translation>
    </message>
    <message>
        <source>%1 records per second</source>
        <translation>每秒 %1 条记录</translation>
    </message>
    <message>
        <source>time left: about %1 s</source>
        <translation>预计剩余约 %1 秒</translation>
    </message>
    <message>
        <source>time left: about %1 min</source>
        <translation>预计剩余约 %1 分钟</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>正在停止导入…</translation>
    </message>
    <message>
        <source>Imported from %1 in %2 s.</source>
        <translation>已从 %1 导入，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Unchanged: %3.</source>
        <translation>新增：%1 条。更新：%2 条。未变：%3 条。</translation>
    </message>
    <message>
        <source>Left out, with problems: %1.</source>
        <translation>因有问题而跳过：%1 条。</translation>
    </message>
    <message>
        <source>Created for names the file gives: %1 %2.</source>
        <translation>按文件中的名称新建%2：%1 个。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database is unchanged.</source>
        <translation>未导入任何数据，数据库保持不变。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>%1

The database is unchanged.</source>
        <translation>%1

数据库保持不变。</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>上级公司</translation>
    </message>
    <message>
        <source>Year established</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Actual close</source>
        <translation>实际成交日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Engaged on</source>
        <translation>接洽日期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间计划</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>上级团队</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;; choose one of %2.</source>
        <translation>未知的数据类型“%1”，请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is mapped to &quot;%2&quot;, which %3 do not have.</source>
        <translation>列“%1”映射到了“%2”，但 %3 没有该字段。</translation>
    </message>
    <message>
        <source>The constant field &quot;%1&quot; is not a field of %2.</source>
        <translation>固定值字段“%1”不是 %2 的字段。</translation>
    </message>
    <message>
        <source>The value map for &quot;%1&quot; names no field of %2.</source>
        <translation>值映射“%1”不是 %2 的字段。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not a field of %2; use one of %3.</source>
        <translation>匹配键“%1”不是 %2 的字段，请使用 %3 之一。</translation>
    </message>
    <message>
        <source>The delimiter must be one character, not &quot;%1&quot;.</source>
        <translation>分隔符必须是单个字符，而不是“%1”。</translation>
    </message>
    <message>
        <source>The date order must be &quot;dmy&quot; or &quot;mdy&quot;, not &quot;%1&quot;.</source>
        <translation>日期顺序必须是“dmy”或“mdy”，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>This is not a date.</source>
        <translation>这不是日期。</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>这不是日期时间。</translation>
    </message>
    <message>
        <source>This is not a valid time of day.</source>
        <translation>这不是有效的时间。</translation>
    </message>
    <message>
        <source>This is not an amount of money.</source>
        <translation>这不是金额。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 最多只有 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>This is not a whole number.</source>
        <translation>这不是整数。</translation>
    </message>
    <message>
        <source>This is not yes or no.</source>
        <translation>这不是“是”或“否”。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>Stop the import? Nothing will be imported: the database stays exactly as it was.</source>
        <translation>要停止导入吗？停止后不会导入任何数据，数据库将完全保持原样。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 fit.</source>
        <translation>此文本长 %1 个字符，最多只能 %2 个。</translation>
    </message>
    <message>
        <source>The value must lie between %1 and %2.</source>
        <translation>数值必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下值之一：%1。</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which the file does not have.</source>
        <translation>映射中的列“%1”在文件中不存在。</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a field of %1.</source>
        <translation>文件中没有任何列映射到 %1 的字段。</translation>
    </message>
    <message>
        <source>No column is mapped to the required field &quot;%1&quot; (%2).</source>
        <translation>没有列映射到必填字段“%1”（%2）。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not mapped to a column of the file.</source>
        <translation>匹配键“%1”没有映射到文件中的列。</translation>
    </message>
    <message>
        <source>A contact is found by name within its customer: map the customer.</source>
        <translation>联系人按所属客户内的姓名查找：请映射客户列。</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot; for a new customer.</source>
        <translation>新客户下没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>Cannot look this name up: %1</source>
        <translation>无法查找该名称：%1</translation>
    </message>
    <message>
        <source>Several records have this name; rename them or import by another key.</source>
        <translation>有多条记录使用此名称，请改名或改用其他匹配键导入。</translation>
    </message>
    <message>
        <source>Cannot create it: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;; create missing references to add it.</source>
        <translation>没有名为“%2”的%1；选择自动创建缺失项即可添加。</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot;.</source>
        <translation>没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>This key appears already on line %1.</source>
        <translation>此匹配键已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>There is no %1 named &quot;%2&quot; in the database or the file.</source>
        <translation>数据库和文件中都没有名为“%2”的%1。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; has dates with the day first (such as 31/1) and dates with the month first (such as 1/31); choose the date order.</source>
        <translation>列“%1”中既有日在前的日期（如 31/1），也有月在前的日期（如 1/31），请选择日期顺序。</translation>
    </message>
    <message>
        <source>Is the day or the month first? No date of the column tells; choose the date order.</source>
        <translation>日在前还是月在前？该列的日期无法判断，请选择日期顺序。</translation>
    </message>
    <message>
        <source>The dates in the column &quot;%1&quot; (such as %2) can be read day first or month first; choose the date order.</source>
        <translation>列“%1”中的日期（如 %2）既可理解为日在前，也可理解为月在前，请选择日期顺序。</translation>
    </message>
    <message>
        <source>The file has no records to import.</source>
        <translation>文件中没有可导入的记录。</translation>
    </message>
    <message>
        <source>Line %1 changed between checking and importing: %2</source>
        <translation>第 %1 行在检查和导入之间发生了变化：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Looks like an earlier row of the file: %1 (%2).</source>
        <translation>与文件中前面的行相似：%1（%2）。</translation>
    </message>
    <message>
        <source>Looks like a saved record: %1 (%2).</source>
        <translation>与已保存的记录相似：%1（%2）。</translation>
    </message>
    <message>
        <source>%1 has no active custom field &quot;%2&quot;.</source>
        <translation>%1没有启用的自定义字段“%2”。</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>消息中心</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing new. Tasks that come due, reminders, follow-ups planned for today, deals past their close date and what colleagues assign to you appear here.</source>
        <translation>暂无新消息。到期的任务、提醒、计划在今天进行的跟进、已过预计成交日期的商机，以及同事分配给您的工作，都会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database schema, or upgrade it to this program&apos;s version.</source>
        <translation>创建数据库结构，或将其升级到本程序对应的版本。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Created the schema, version %1.</source>
        <translation>已创建数据库结构，版本 %1。</translation>
    </message>
    <message>
        <source>Upgraded the schema from version %1 to version %2.</source>
        <translation>已将数据库结构从版本 %1 升级到版本 %2。</translation>
    </message>
    <message>
        <source>The schema is up to date, version %1.</source>
        <translation>数据库结构已是最新版本 %1。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log Follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Edit Follow-up</source>
        <translation>编辑跟进记录</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>O&amp;pportunity:</source>
        <translation>商机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Next follow-up:</source>
        <translation>下次跟进(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>记录人(&amp;A)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Create a tas&amp;k for the next follow-up, remind me at</source>
        <translation>为下次跟进创建任务，提醒时间(&amp;K)</translation>
    </message>
</context>
<context>
    <name>InteractionModel</name>
    <message>
        <source>Enter a subject for the interaction.</source>
        <translation>请输入跟进记录的主题。</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>请输入跟进发生的时间。</translation>
    </message>
    <message>
        <source>Choose the customer of the interaction.</source>
        <translation>请选择跟进记录所属的客户。</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>The follow-up task could not be created: %1</source>
        <translation>无法创建跟进任务：%1</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>无法读取发票：%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>该发票已不存在。</translation>
    </message>
    <message>
        <source>An invoice cannot be due before it is issued.</source>
        <translation>发票的到期日不能早于开票日期。</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>Only a signed contract is invoiced.</source>
        <translation>只有已签署的合同才能开票。</translation>
    </message>
    <message>
        <source>“%1”: only %2 are left to invoice.</source>
        <translation>“%1”：仅剩 %2 可开票。</translation>
    </message>
    <message>
        <source>A line to invoice is not one of the contract&apos;s.</source>
        <translation>要开票的明细不属于该合同。</translation>
    </message>
    <message>
        <source>Everything on this contract is invoiced already.</source>
        <translation>该合同已全部开票。</translation>
    </message>
    <message>
        <source>The invoice&apos;s lines do not add up.</source>
        <translation>发票明细金额无法合计。</translation>
    </message>
    <message>
        <source>Only a draft is sent.</source>
        <translation>只有草稿状态的发票才能开具。</translation>
    </message>
    <message>
        <source>A sent invoice is not cancelled or changed; issue a credit note instead.</source>
        <translation>已开具的发票不能作废或修改，请开具红字发票。</translation>
    </message>
    <message>
        <source>Only a sent invoice gets a credit note.</source>
        <translation>只有已开具的发票才能开具红字发票。</translation>
    </message>
    <message>
        <source>“%1”: only %2 are left to credit.</source>
        <translation>“%1”：仅剩 %2 可冲红。</translation>
    </message>
    <message>
        <source>A line to credit is not one of the invoice&apos;s.</source>
        <translation>要冲红的明细不属于该发票。</translation>
    </message>
    <message>
        <source>Nothing is left to credit on this invoice.</source>
        <translation>该发票已无可冲红的内容。</translation>
    </message>
    <message>
        <source>The credit note&apos;s lines do not add up.</source>
        <translation>红字发票明细金额无法合计。</translation>
    </message>
    <message>
        <source>A credit note offsets what is still unpaid on the invoice; more than that was asked.</source>
        <translation>红字发票只能冲抵该发票尚未收款的部分，申请金额超出了未收金额。</translation>
    </message>
</context>
<context>
    <name>LeadAssignments</name>
    <message>
        <source>This lead no longer exists.</source>
        <translation>此线索已不存在。</translation>
    </message>
    <message>
        <source>Reassigned by hand</source>
        <translation>手动重新分配</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>This lead no longer exists.</source>
        <translation>此线索已不存在。</translation>
    </message>
    <message>
        <source>This lead was converted already.</source>
        <translation>此线索已经转化过了。</translation>
    </message>
    <message>
        <source>A disqualified lead cannot be converted. Reopen it first.</source>
        <translation>无效线索不能转化，请先将其重新打开。</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists.</source>
        <translation>所选客户已不存在。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Someone else changed or converted this lead meanwhile. Nothing was changed.</source>
        <translation>其他人已修改或转化了此线索，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>LeadDemoData</name>
    <message>
        <source>Cannot write the demo leads: %1</source>
        <translation>无法写入演示线索：%1</translation>
    </message>
    <message>
        <source>the demo teams are missing</source>
        <translation>缺少演示团队</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Province, state or country</source>
        <translation>省份、州或国家/地区</translation>
    </message>
    <message>
        <source>(by the assignment rules)</source>
        <translation>（按分配规则）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职务(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>电子邮件(&amp;L)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Product &amp;interest:</source>
        <translation>意向产品(&amp;I)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason &amp;disqualified:</source>
        <translation>无效原因(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>分配记录：</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>转化(&amp;V)…</translation>
    </message>
    <message>
        <source>Make a customer and contact (and an opportunity) from this lead</source>
        <translation>将此线索转为客户和联系人（以及商机）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>%1 — by %2</source>
        <translation>%1 — 操作人：%2</translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Enter the lead&apos;s name.</source>
        <translation>请填写线索的姓名。</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>请填写线索无效的原因。</translation>
    </message>
    <message>
        <source>Convert the lead with Convert… to make it a customer.</source>
        <translation>请用“转化…”将线索转为客户。</translation>
    </message>
    <message>
        <source>A converted lead stays converted.</source>
        <translation>已转化的线索不能改回其他状态。</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>无法应用分配规则：%1</translation>
    </message>
    <message>
        <source>Assigned when the lead was entered</source>
        <translation>录入线索时分配</translation>
    </message>
    <message>
        <source>Reassigned by hand</source>
        <translation>手动重新分配</translation>
    </message>
    <message>
        <source>The assignment could not be logged: %1</source>
        <translation>无法记录分配：%1</translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message>
        <source>Assign the unassigned leads by the assignment rules (leads assign).</source>
        <translation>按分配规则分配未分配的线索（leads assign）。</translation>
    </message>
    <message>
        <source>Show who would get which lead; change nothing.</source>
        <translation>只显示各线索将分配给谁，不做任何更改。</translation>
    </message>
    <message>
        <source>text (default) or json (one object per lead and line).</source>
        <translation>text（默认）或 json（每条线索一行一个对象）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Say what to do with the leads: deskcrm-cli leads assign [--dry-run]</source>
        <translation>请说明要对线索做什么：deskcrm-cli leads assign [--dry-run]</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>%1: not assigned (%2)</source>
        <translation>%1：未分配（%2）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) would be assigned; nothing was changed.</source>
        <translation>
            <numerusform>将分配 %n 条线索；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 条线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>assign</source>
        <translation>assign</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>There is no list of &quot;%1&quot; to export.</source>
        <translation>没有可导出的“%1”列表。</translation>
    </message>
    <message>
        <source>The %1 list cannot be exported as %2.</source>
        <translation>“%1”列表不能导出为 %2 格式。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>%1 is an open DeskCRM database; choose another file.</source>
        <translation>%1 是正在使用的 DeskCRM 数据库，请选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>The export was not made because it could not be recorded: %1</source>
        <translation>无法记录本次导出，因此未导出：%1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Follow up with %1: %2</source>
        <translation>跟进“%1”：%2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
</context>
<context>
    <name>ListSpec</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A 类</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B 类</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C 类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>what a task is called, not a job title</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Under approval</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>In delivery</source>
        <translation>交付中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Online ads</source>
        <translation>网络广告</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Collecting rep</source>
        <translation>回款负责人</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系客户</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次响应期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>Technology</source>
        <translation>信息技术</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Social / IM</source>
        <translation>社交/即时通讯</translation>
    </message>
    <message>
        <source>Pre-sales consultation</source>
        <translation>售前咨询</translation>
    </message>
    <message>
        <source>Sales follow-up</source>
        <translation>销售跟进</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>After-sales care</source>
        <translation>售后关怀</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在商机</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向确认</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>决策评估</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Media &amp; entertainment</source>
        <translation>传媒娱乐</translation>
    </message>
    <message>
        <source>Marketing &amp; advertising</source>
        <translation>市场营销与广告</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Staffing &amp; recruitment</source>
        <translation>人力资源服务</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>渠道伙伴</translation>
    </message>
</context>
<context>
    <name>LookupComboBox</name>
    <message>
        <source>(unknown: %1)</source>
        <translation>（未知：%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>跟进记录(&amp;G)</translation>
    </message>
    <message>
        <source>O&amp;pportunities</source>
        <translation>商机(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deleted items</source>
        <translation>回收站(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open local database…</source>
        <translation>打开本地数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 — DeskCRM</source>
        <translation>%1 — DeskCRM</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — 当前用户：%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record? You can restore it later from Deleted items.</source>
        <translation>确定要删除所选记录吗？之后可以在回收站中恢复。</translation>
    </message>
    <message>
        <source>Moved to Deleted items.</source>
        <translation>已移至回收站。</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Remove the selected record and what was deleted with it for good? This cannot be undone.</source>
        <translation>确定要彻底删除所选记录及随其一同删除的数据吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
    <message>
        <source>Open local database</source>
        <translation>打开本地数据库</translation>
    </message>
    <message>
        <source>DeskCRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>DeskCRM 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>P&amp;ipeline</source>
        <translation>销售管道(&amp;I)</translation>
    </message>
    <message>
        <source>Task &amp;board</source>
        <translation>任务看板(&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>经营概览(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This database cannot be restored from a file.</source>
        <translation>此数据库无法从文件恢复。</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?

The backup is checked first. Before anything is replaced, the current data is saved to %3, so you can go back to it. Undo history is cleared.</source>
        <translation>用备份 %2 替换 %1 中的全部数据吗？

将先检查备份。替换之前，当前数据会保存到 %3，以便日后恢复。撤销记录将被清空。</translation>
    </message>
    <message>
        <source>Checking and restoring %1 …</source>
        <translation>正在检查并恢复 %1…</translation>
    </message>
    <message>
        <source>The backup was restored, but the database could not be opened again: %1</source>
        <translation>备份已恢复，但无法重新打开数据库：%1</translation>
    </message>
    <message>
        <source>Restored from %1. The previous data was saved to %2.</source>
        <translation>已从 %1 恢复。原有数据已保存到 %2。</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — 只读</translation>
    </message>
    <message>
        <source>Read-only (%1): you can look at everything, but changes cannot be saved.</source>
        <translation>只读（%1）：您可以查看所有内容，但无法保存修改。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DeskCRM</source>
        <translation>关于 DeskCRM(&amp;A)</translation>
    </message>
    <message>
        <source>Finish the import under way first, then open %1 again.</source>
        <translation>请先完成正在进行的导入，然后再打开 %1。</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>今日待办(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>移到上一阶段(&amp;P)</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt stage</source>
        <translation>移到下一阶段(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation>记录(&amp;D)</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>工具(&amp;J)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>全局搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <source>Lead &amp;assignment rules…</source>
        <translation>线索分配规则(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign &amp;unassigned leads</source>
        <translation>分配未分配的线索(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned by the rules.</source>
        <translation>
            <numerusform>已按规则分配 %n 条线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>I&amp;nbox</source>
        <translation>消息中心(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>产品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Custom fields…</source>
        <translation>自定义字段(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Roll back a user&apos;s changes…</source>
        <translation>回滚用户的更改(&amp;R)…</translation>
    </message>
    <message>
        <source>Contract&amp;s</source>
        <translation>合同(&amp;S)</translation>
    </message>
    <message>
        <source>U&amp;sers and Roles…</source>
        <translation>用户与角色(&amp;S)…</translation>
    </message>
    <message>
        <source>Discount a&amp;pprovals…</source>
        <translation>折扣审批(&amp;P)…</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>营销活动(&amp;M)</translation>
    </message>
    <message>
        <source>Comp&amp;etitors</source>
        <translation>竞争对手(&amp;E)</translation>
    </message>
    <message>
        <source>Recei&amp;vables</source>
        <translation>应收款(&amp;V)</translation>
    </message>
    <message>
        <source>Service tic&amp;kets</source>
        <translation>服务工单(&amp;K)</translation>
    </message>
    <message>
        <source>Tickets by stat&amp;us</source>
        <translation>工单看板(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Ticket assignment rules…</source>
        <translation>工单分配规则(&amp;T)…</translation>
    </message>
    <message>
        <source>Service &amp;levels and calendar…</source>
        <translation>服务级别与工作日历(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>These records were deleted or merged in the meantime.</source>
        <translation>这些记录已被他人删除或合并。</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where the records differ, the value to keep. The other records are merged into it and kept in Deleted items, pointing to it. Edit &gt; Undo takes the merge back.</source>
        <translation>请选择要保留的记录；记录之间不一致的字段，请选择要保留的值。其他记录将合并到该记录中，并保留在“已删除项目”里、指向该记录。可通过“编辑 &gt; 撤销”撤回合并。</translation>
    </message>
    <message>
        <source>Record to &amp;keep</source>
        <translation>保留的记录(&amp;K)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>省份/州</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Year established</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业额</translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation>营业额币种</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subsidiary(ies)</source>
        <translation>
            <numerusform>%n 家下属公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to the merged records; they are kept as deleted records pointing to “%1”.</source>
        <translation>没有其他数据引用被合并的记录；它们将作为已删除记录保留，并指向“%1”。</translation>
    </message>
    <message>
        <source>Moves to “%1”: %2.</source>
        <translation>将移至“%1”：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>pounds sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>Hong Kong dollars</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>New Taiwan dollars</source>
        <translation>新台币</translation>
    </message>
    <message>
        <source>won</source>
        <translation>韩元</translation>
    </message>
    <message>
        <source>Singapore dollars</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <source>Australian dollars</source>
        <translation>澳元</translation>
    </message>
    <message>
        <source>Canadian dollars</source>
        <translation>加元</translation>
    </message>
    <message>
        <source>Swiss francs</source>
        <translation>瑞士法郎</translation>
    </message>
    <message>
        <source>dong</source>
        <translation>越南盾</translation>
    </message>
    <message>
        <source>Chilean pesos</source>
        <translation>智利比索</translation>
    </message>
    <message>
        <source>Icelandic krónur</source>
        <translation>冰岛克朗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency: its name, ISO code</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>This currency has no decimals.</source>
        <translation>该币种不支持小数。</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>最多输入 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Inbox</source>
        <translation>消息中心</translation>
    </message>
    <message>
        <source>Show the &amp;inbox</source>
        <translation>打开消息中心(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in your inbox</source>
        <translation>
            <numerusform>消息中心有 %n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in your inbox</source>
        <translation>消息中心暂无新消息</translation>
    </message>
    <message numerus="yes">
        <source>DeskCRM: %n unread</source>
        <translation>
            <numerusform>DeskCRM：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>NotificationInbox</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有登录用户。</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>无法读取消息中心：%1</translation>
    </message>
    <message>
        <source>Cannot count the inbox: %1</source>
        <translation>无法统计未读消息数：%1</translation>
    </message>
    <message>
        <source>The task was deleted meanwhile.</source>
        <translation>该任务已被删除。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer or colleague</source>
        <translation>客户或同事</translation>
    </message>
</context>
<context>
    <name>NotificationSources</name>
    <message>
        <source>Task due</source>
        <translation>任务到期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>任务提醒</translation>
    </message>
    <message>
        <source>Follow-up today</source>
        <translation>今日跟进</translation>
    </message>
    <message>
        <source>Close date passed</source>
        <translation>已过预计成交日期</translation>
    </message>
    <message>
        <source>Task assigned to you</source>
        <translation>分配给您的任务</translation>
    </message>
    <message>
        <source>Opportunity assigned to you</source>
        <translation>分配给您的商机</translation>
    </message>
    <message>
        <source>Lead assigned to you</source>
        <translation>分配给您的线索</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>回款逾期</translation>
    </message>
    <message>
        <source>Payment due today</source>
        <translation>今日到期回款</translation>
    </message>
    <message>
        <source>Ticket near or past its SLA</source>
        <translation>工单即将或已经超出 SLA</translation>
    </message>
    <message>
        <source>Complaint waiting for feedback</source>
        <translation>投诉待客户反馈</translation>
    </message>
</context>
<context>
    <name>OfflineSync</name>
    <message>
        <source>&amp;Work offline…</source>
        <translation>离线工作(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync co&amp;nflicts…</source>
        <translation>同步冲突(&amp;N)…</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>从未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>must be created again</source>
        <translation>需要重新创建</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) off</source>
        <translation>
            <numerusform>本机时钟偏差 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline: save the replica as</source>
        <translation>离线工作：副本另存为</translation>
    </message>
    <message>
        <source>DeskCRM databases (*.sqlite)</source>
        <translation>DeskCRM 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>离线工作</translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 created with %n row(s).</source>
        <translation>
            <numerusform>已创建副本 %1，共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The replica is ready. Open it now? Your changes are sent to the team database whenever it can be reached.</source>
        <translation>副本已就绪。现在打开吗？只要能连上团队数据库，您的更改就会发送过去。</translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %1 sent, %2 received, %n new conflict(s).</source>
        <translation>
            <numerusform>已同步：发送 %1 项，接收 %2 项，新冲突 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New Opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit Opportunity</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交日期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>赢单概率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>线索来源(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Nee&amp;d:</source>
        <translation>需求(&amp;D)：</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>竞争对手(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Reason lost:</source>
        <translation>输单原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>销售阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>Other competitors, in words</source>
        <translation>其他竞争对手（文字说明）</translation>
    </message>
    <message>
        <source>&amp;Won by:</source>
        <translation>输给(&amp;W)：</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>时间计划(&amp;I)：</translation>
    </message>
    <message>
        <source>Con&amp;verting campaign:</source>
        <translation>转化营销活动(&amp;V)：</translation>
    </message>
    <message>
        <source>Ot&amp;her competitors:</source>
        <translation>其他竞争对手(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>OpportunityModel</name>
    <message>
        <source>The chosen sales stage does not exist.</source>
        <translation>所选的销售阶段不存在。</translation>
    </message>
    <message>
        <source>The stage change could not be recorded: %1</source>
        <translation>无法记录阶段变更：%1</translation>
    </message>
    <message>
        <source>Enter a name for the opportunity.</source>
        <translation>请输入商机名称。</translation>
    </message>
    <message>
        <source>Choose a sales stage.</source>
        <translation>请选择销售阶段。</translation>
    </message>
    <message>
        <source>Choose the customer who bought: a won deal needs one.</source>
        <translation>请选择成交客户：赢单必须关联客户。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Log call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统凭据存储未及时响应。</translation>
    </message>
    <message>
        <source>No system keychain is available: %1</source>
        <translation>没有可用的系统凭据存储：%1</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied: %1</source>
        <translation>访问系统凭据存储被拒绝：%1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统凭据存储报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>PaymentCollection</name>
    <message>
        <source>The payment data could not be read: %1</source>
        <translation>无法读取回款数据：%1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>A cancelled contract has no payment plan.</source>
        <translation>已取消的合同没有回款计划。</translation>
    </message>
    <message>
        <source>Every instalment needs a due date and an amount of 0 or more.</source>
        <translation>每一期回款都需要到期日，且金额不能小于 0。</translation>
    </message>
    <message>
        <source>The instalments add up to %1 but the contract is worth %2 (minor units).</source>
        <translation>各期回款合计为 %1，但合同金额为 %2（以分计）。</translation>
    </message>
    <message>
        <source>The payment plan could not be read.</source>
        <translation>无法读取回款计划。</translation>
    </message>
    <message>
        <source>Payments were already received on this plan; it can no longer be replaced.</source>
        <translation>该回款计划已有收款，不能再替换。</translation>
    </message>
    <message>
        <source>This receipt no longer exists.</source>
        <translation>该收款记录已不存在。</translation>
    </message>
    <message>
        <source>An allocation needs an amount above 0.</source>
        <translation>核销金额必须大于 0。</translation>
    </message>
    <message>
        <source>The receipt has not that much left to allocate.</source>
        <translation>该笔收款的未核销余额不足。</translation>
    </message>
    <message>
        <source>This instalment no longer exists.</source>
        <translation>该期回款已不存在。</translation>
    </message>
    <message>
        <source>The receipt is from another customer.</source>
        <translation>该笔收款来自其他客户。</translation>
    </message>
    <message>
        <source>The receipt is in %1, the contract in %2; amounts are never converted.</source>
        <translation>收款币种为 %1，合同币种为 %2；金额不做币种换算。</translation>
    </message>
    <message>
        <source>The instalment has only %1 left to pay (minor units).</source>
        <translation>该期仅剩 %1 未收（以分计）。</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>该发票已不存在。</translation>
    </message>
    <message>
        <source>The receipt is in %1, the invoice in %2; amounts are never converted.</source>
        <translation>收款币种为 %1，发票币种为 %2；金额不做币种换算。</translation>
    </message>
    <message>
        <source>Only an invoice that is not cancelled can be paid.</source>
        <translation>只有未作废的发票才能收款。</translation>
    </message>
    <message>
        <source>The instalment and the invoice are of two contracts.</source>
        <translation>该期回款与发票属于不同的合同。</translation>
    </message>
    <message>
        <source>The invoice has only %1 left to pay (minor units).</source>
        <translation>该发票仅剩 %1 未收（以分计）。</translation>
    </message>
    <message>
        <source>An allocation names an instalment or an invoice.</source>
        <translation>核销时须指定回款期次或发票。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>The amount must be above 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <source>When was the money received?</source>
        <translation>请填写收款日期。</translation>
    </message>
    <message>
        <source>Whose money is it?</source>
        <translation>请选择付款客户。</translation>
    </message>
    <message>
        <source>Please choose how it was paid.</source>
        <translation>请选择收款方式。</translation>
    </message>
    <message>
        <source>The contract is another customer&apos;s.</source>
        <translation>该合同属于其他客户。</translation>
    </message>
    <message>
        <source>The contract is in %1; a receipt for it must be in %1 too (amounts are never converted).</source>
        <translation>合同币种为 %1，其收款也必须为 %1（金额不做币种换算）。</translation>
    </message>
    <message>
        <source>Please give the receipt&apos;s currency.</source>
        <translation>请填写收款币种。</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>Amounts, percentages and days cannot be negative.</source>
        <translation>金额、百分比和天数都不能为负数。</translation>
    </message>
    <message>
        <source>Payment terms need exactly one balance line (it takes what the other lines leave).</source>
        <translation>付款条件必须有且只有一行尾款（承担其他各行之外的余额）。</translation>
    </message>
    <message>
        <source>The percentages add up to more than 100 %.</source>
        <translation>百分比合计超过 100%。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The fixed and percentage lines come to more than the total.</source>
        <translation>固定金额与百分比各行之和超过了合计金额。</translation>
    </message>
    <message>
        <source>These payment terms no longer exist.</source>
        <translation>该付款条件已不存在。</translation>
    </message>
    <message>
        <source>The payment terms need a name.</source>
        <translation>请填写付款条件名称。</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source>Cannot read the pipeline stages: %1</source>
        <translation>无法读取销售阶段：%1</translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <source>Cannot read the pipeline: %1</source>
        <translation>无法读取销售管道：%1</translation>
    </message>
    <message>
        <source>This opportunity is not on the board any more.</source>
        <translation>该商机已不在看板上。</translation>
    </message>
    <message>
        <source>Cannot read the filter choices: %1</source>
        <translation>无法读取筛选选项：%1</translation>
    </message>
</context>
<context>
    <name>PipelineBoardPage</name>
    <message>
        <source>Undo move</source>
        <translation>撤销移动</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>My pipeline</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>不限成交日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>预计本月成交</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>预计下月成交</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>预计本季度成交</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>预计下季度成交</translation>
    </message>
    <message>
        <source>Closing this year</source>
        <translation>预计今年成交</translation>
    </message>
    <message>
        <source>From </source>
        <translation>从 </translation>
    </message>
    <message>
        <source>To </source>
        <translation>至 </translation>
    </message>
    <message>
        <source>Any minimum</source>
        <translation>最低不限</translation>
    </message>
    <message>
        <source>Any maximum</source>
        <translation>最高不限</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Search opportunities or customers</source>
        <translation>搜索商机或客户</translation>
    </message>
    <message>
        <source>Show changes made by others (F5)</source>
        <translation>刷新以显示他人所做的更改（F5）</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段设置…</translation>
    </message>
    <message>
        <source>Add, rename, reorder stages and set their probabilities</source>
        <translation>添加、重命名阶段，调整阶段顺序并设置赢单概率</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source> + </source>
        <comment>separator between amounts in different currencies</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s); latest %1 shown</source>
        <translation>
            <numerusform>近 %n 天，仅显示最新 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天内结单</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted %1 (%2%)</source>
        <translation>加权 %1（%2%）</translation>
    </message>
    <message>
        <source>Won stage: drop a card here to close it as won</source>
        <translation>赢单阶段：将卡片拖到此处即按赢单结单</translation>
    </message>
    <message>
        <source>Lost stage: drop a card here to close it as lost</source>
        <translation>输单阶段：将卡片拖到此处即按输单结单</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) closing %1 – %2 · total %3 · weighted forecast %4</source>
        <translation>
            <numerusform>%Ln 个进行中商机（预计成交日期 %1 至 %2）· 总额 %3 · 加权预测 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) · total %1 · weighted forecast %2</source>
        <translation>
            <numerusform>%Ln 个进行中商机 · 总额 %1 · 加权预测 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移至%2</translation>
    </message>
    <message>
        <source>Not undone: someone else moved or changed this opportunity in the meantime.</source>
        <translation>未撤销：此期间他人已移动或修改了该商机。</translation>
    </message>
</context>
<context>
    <name>PipelineCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>time spent in the current stage</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>尚未关联客户</translation>
    </message>
</context>
<context>
    <name>PipelineColumnModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>Someone else changed this record after you loaded it. Nothing was overwritten; the board shows the current data.</source>
        <translation>在您加载此记录后，其他人修改了它。未覆盖任何数据，看板现已显示最新数据。</translation>
    </message>
    <message>
        <source>This opportunity no longer exists; it may have been deleted.</source>
        <translation>该商机已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The target stage no longer exists.</source>
        <translation>目标阶段已不存在。</translation>
    </message>
    <message>
        <source>Unknown task status.</source>
        <translation>未知的任务状态。</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>请输入阶段名称。</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100.</source>
        <translation>赢单概率必须介于 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>阶段不能同时为赢单和输单。</translation>
    </message>
    <message numerus="yes">
        <source>This stage still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>该阶段仍有 %n 个商机，请先将其移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the pipeline stages: %1</source>
        <translation>无法读取销售阶段：%1</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage and one won stage.</source>
        <translation>销售管道至少需要一个进行中阶段和一个赢单阶段。</translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>阶段“%1”仍有 %n 个商机，请先将其移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>客户认为价格过高</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>客户选择了竞品</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>客户无预算</translation>
    </message>
    <message>
        <source>No decision made</source>
        <translation>客户迟迟未决策</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>采购时机不成熟</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>产品无法满足需求</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>This deal has no customer yet. Open it and choose who bought before marking it won.</source>
        <translation>此商机尚未关联客户。请先打开商机并选择成交客户，再标记为赢单。</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Potential</source>
        <translation>潜在商机</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向确认</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>决策评估</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>e.g. piece, set, hour</source>
        <translation>例如：个、套、小时</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Offered on new quotes</source>
        <translation>可用于新报价单</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>币种(&amp;Y)：</translation>
    </message>
    <message>
        <source>List &amp;price:</source>
        <translation>标准价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>税率(&amp;T)：</translation>
    </message>
    <message>
        <source>Acti&amp;ve:</source>
        <translation>启用(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>Another product already has the code &quot;%1&quot;.</source>
        <translation>已有其他产品使用编码“%1”。</translation>
    </message>
    <message>
        <source>Enter a name for the product.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <source>Another product is already called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的产品。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0% and 100%.</source>
        <translation>税率须在 0% 至 100% 之间。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
</context>
<context>
    <name>QuoteDemoData</name>
    <message>
        <source>The document numbers could not be taken.</source>
        <translation>无法获取单据编号。</translation>
    </message>
    <message>
        <source>Prices include delivery within 30 days of the order. Payment: 30% on signing, 70% on acceptance.</source>
        <translation>价格含下单后 30 天内送货。付款方式：签订合同时付 30%，验收后付 70%。</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Opportunit&amp;y:</source>
        <translation>商机(&amp;Y)：</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>币种(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>报价日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>条款(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>明细(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add line (Ins)</source>
        <translation>添加明细行（Ins）(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move line (Ctrl+Del)</source>
        <translation>删除明细行（Ctrl+Del）(&amp;M)</translation>
    </message>
    <message>
        <source>As&amp;k for approval</source>
        <translation>申请审批(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Mark se&amp;nt</source>
        <translation>标记为已发送(&amp;N)</translation>
    </message>
    <message>
        <source>Acce&amp;pted</source>
        <translation>客户已接受(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>客户已拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>修订(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;contract</source>
        <translation>生成合同(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>New Quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新报价单</translation>
    </message>
    <message>
        <source>Quote %1, revision %2 — %3</source>
        <translation>报价单 %1，第 %2 版 — %3</translation>
    </message>
    <message>
        <source>Subtotal %1   Discount %2   Tax %3   Total %4</source>
        <translation>小计 %1   折扣 %2   税额 %3   合计 %4</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>A discount of %1% is above the limit of %2%: a team lead approves it before the quote is sent.</source>
        <translation>%1% 的折扣超过了 %2% 的权限，须经团队主管审批后才能发送报价单。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Your team lead was asked to approve the discount.</source>
        <translation>已提交团队主管审批该折扣。</translation>
    </message>
</context>
<context>
    <name>QuoteLineModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No product has the code or name &quot;%1&quot;.</source>
        <translation>没有编码或名称为“%1”的产品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity (up to three decimals).</source>
        <translation>“%1”不是有效的数量（最多三位小数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>“%1”不是有效的价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0% and 100%.</source>
        <translation>“%1”不是 0% 至 100% 之间的百分比。</translation>
    </message>
    <message>
        <source>Type a discount as a percentage (10%) or an amount (50.00).</source>
        <translation>请以百分比（10%）或金额（50.00）填写折扣。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate between 0% and 100%.</source>
        <translation>“%1”不是 0% 至 100% 之间的税率。</translation>
    </message>
</context>
<context>
    <name>QuotePrinter</name>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax %1% on %2</source>
        <translation>税额（%1%，计税金额 %2）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>RMB</source>
        <comment>the currency named before an amount in Chinese capital numerals</comment>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Amount in words: %1%2</source>
        <translation>金额大写：%1%2</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签约人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>合同期限</translation>
    </message>
</context>
<context>
    <name>QuoteService</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>The quote could not be read: %1</source>
        <translation>无法读取报价单：%1</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>该报价单已不存在。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>Choose the customer the quote is for.</source>
        <translation>请选择报价单的客户。</translation>
    </message>
    <message>
        <source>The quote cannot end before it is issued.</source>
        <translation>有效期不能早于报价日期。</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>第 %1 行须填写描述。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Only a draft quote can be changed. Revise it to make a new version.</source>
        <translation>只有草稿状态的报价单可以修改。请修订报价单以生成新版本。</translation>
    </message>
    <message>
        <source>This version of the quote was revised; change the newest version.</source>
        <translation>该版本的报价单已被修订，请修改最新版本。</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot become %2.</source>
        <translation>状态为“%1”的报价单不能改为“%2”。</translation>
    </message>
    <message>
        <source>A quote without lines cannot be sent.</source>
        <translation>没有明细行的报价单不能发送。</translation>
    </message>
    <message>
        <source>A discount of %1% is above the limit of %2%: a team lead must approve it before the quote is sent.</source>
        <translation>%1% 的折扣超过了 %2% 的权限，须经团队主管审批后才能发送报价单。</translation>
    </message>
    <message>
        <source>This version of the quote was already revised.</source>
        <translation>该版本的报价单已修订过。</translation>
    </message>
    <message>
        <source>A draft can be changed as it is; it needs no new version.</source>
        <translation>草稿可以直接修改，无需新版本。</translation>
    </message>
    <message>
        <source>An accepted quote is not revised: make a contract from it.</source>
        <translation>已接受的报价单不能修订，请据此生成合同。</translation>
    </message>
    <message>
        <source>The quote&apos;s discounts are within the limit of %1%; no approval is needed.</source>
        <translation>报价单的折扣在 %1% 的权限之内，无需审批。</translation>
    </message>
    <message>
        <source>An approval for this quote is already asked for.</source>
        <translation>该报价单已提交审批。</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator can approve a discount.</source>
        <translation>只有团队主管或管理员可以审批折扣。</translation>
    </message>
    <message>
        <source>This approval request no longer exists.</source>
        <translation>该审批申请已不存在。</translation>
    </message>
    <message>
        <source>This request was already decided.</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <source>A discount of %1% is above your own limit; an administrator must approve it.</source>
        <translation>%1% 的折扣超出了您的审批权限，须由管理员审批。</translation>
    </message>
</context>
<context>
    <name>ReceivablesAgeing</name>
    <message>
        <source>All open</source>
        <translation>全部未收</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>1–30 days overdue</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <source>31–60 days overdue</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>61–90 days overdue</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>More than 90 days overdue</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>The receivables could not be read: %1</source>
        <translation>无法读取应收款：%1</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（无负责人）</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Summary &amp;by:</source>
        <translation>汇总方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Collecting rep</source>
        <translation>回款负责人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>&gt; 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Overdue in all</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收合计</translation>
    </message>
</context>
<context>
    <name>RecordBatch</name>
    <message>
        <source>Cannot write the rows of %1: %2</source>
        <translation>无法写入 %1 的数据行：%2</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Change one field of a record, or delete a record, as the program would.</source>
        <translation>像程序中一样修改记录的一个字段，或删除一条记录。</translation>
    </message>
    <message>
        <source>The table, such as customers or tasks.</source>
        <translation>表，例如 customers 或 tasks。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>记录的 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>set: the column to change, such as city.</source>
        <translation>set：要修改的字段，例如 city。</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>set: the new value (--null for none).</source>
        <translation>set：新值（清空请用 --null）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>set: clear the field.</source>
        <translation>set：清空该字段。</translation>
    </message>
    <message>
        <source>Use: record set --entity TABLE --id ID --field COLUMN --value TEXT, or record delete --entity TABLE --id ID.</source>
        <translation>用法：record set --entity 表 --id ID --field 字段 --value 文本，或 record delete --entity 表 --id ID。</translation>
    </message>
    <message>
        <source>record set needs --field and --value (or --null).</source>
        <translation>record set 需要 --field 和 --value（或 --null）。</translation>
    </message>
    <message>
        <source>--entity must be one of: %1.</source>
        <translation>--entity 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>%1 has no field %2 that can be set.</source>
        <translation>%1 没有可修改的字段 %2。</translation>
    </message>
    <message>
        <source>%1 %2: %3 changed.</source>
        <translation>%1 %2：已修改 %3。</translation>
    </message>
    <message>
        <source>%1 %2 deleted.</source>
        <translation>%1 %2 已删除。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>A new record could not be started: %1</source>
        <translation>无法新建记录：%1</translation>
    </message>
    <message>
        <source>This record no longer exists. Somebody may have deleted it.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>This record could not be opened: %1</source>
        <translation>无法打开该记录：%1</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: this record was changed by someone else. Save again to choose.</source>
        <translation>未保存：该记录已被他人修改。请再次保存，选择保留哪个版本。</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>无法保存该记录。</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>无法保存该记录：%1</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>Your version could not be applied: %1</source>
        <translation>无法应用您的版本：%1</translation>
    </message>
    <message>
        <source>Your changes were discarded; this is the version %1 saved.</source>
        <translation>已放弃您的更改；当前显示的是 %1 保存的版本。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>关闭前是否保存更改？</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (%1 or %2)</source>
        <translation>保存（%1 或 %2）</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>取消(&amp;E)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存并关闭（Esc）</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>变更历史…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and from what to what (%1)</source>
        <translation>谁在何时把这条记录的哪些字段从什么改成了什么（%1）</translation>
    </message>
    <message>
        <source>Someone else has just changed this record. If you save, DeskCRM shows both versions before anything is overwritten.</source>
        <translation>其他人刚刚修改了这条记录。保存时，DeskCRM 会先显示两个版本，不会直接覆盖。</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>无法读取自定义字段：%1</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>“%1”的变更历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>&amp;Put this value back</source>
        <translation>恢复为此值(&amp;P)</translation>
    </message>
    <message>
        <source>Give the field the value it had before the selected change</source>
        <translation>将字段恢复为所选更改之前的值</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取变更历史：%1</translation>
    </message>
    <message>
        <source>%1 (roll back)</source>
        <translation>%1（回滚）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation>这条记录没有变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>共记录 %n 处变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not put back: someone else changed this record meanwhile. The history now shows their change; choose again.</source>
        <translation>未恢复：其间其他人修改了这条记录。变更历史已显示其修改，请重新选择。</translation>
    </message>
    <message>
        <source>“%1” has its earlier value again: %2</source>
        <translation>“%1”已恢复为之前的值：%2</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>The list of %1 cannot be filtered by %2.</source>
        <translation>%1 列表不支持按 %2 筛选。</translation>
    </message>
    <message>
        <source>Cannot count the list: %1</source>
        <translation>无法统计列表条数：%1</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不支持排序。</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln 条跟进记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>清除所有筛选条件（Esc）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>导出列表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the rows shown, as filtered and sorted, to a CSV or Excel file</source>
        <translation>将当前显示的行（按当前筛选和排序）保存为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已导出 %1 到 %2。</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Regio&amp;n:</source>
        <translation>地区(&amp;N)：</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message numerus="yes">
        <source>%Ln products</source>
        <translation>
            <numerusform>%Ln 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln 份报价单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contracts</source>
        <translation>
            <numerusform>%Ln 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 个营销活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln competitors</source>
        <translation>
            <numerusform>%Ln 个竞争对手</numerusform>
        </translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>服务工单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordMergeCommand</name>
    <message>
        <source>Not undone: someone else changed these records in the meantime. Nothing was overwritten.</source>
        <translation>未撤销：这些记录已被他人修改，未覆盖任何内容。</translation>
    </message>
    <message>
        <source>Not redone: someone else changed these records in the meantime. Nothing was overwritten.</source>
        <translation>未重做：这些记录已被他人修改，未覆盖任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>Unknown column %1.</source>
        <translation>未知的列 %1。</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>无法保存该记录：%1</translation>
    </message>
    <message>
        <source>This record was deleted by someone else.</source>
        <translation>该记录已被他人删除。</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it.</source>
        <translation>自您打开以来，该记录已被他人修改。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>The changes could not be committed: %1</source>
        <translation>无法提交更改：%1</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>RecordSaveCommand</name>
    <message>
        <source>Not undone: someone else changed this record in the meantime. Nothing was overwritten.</source>
        <translation>未撤销：此期间他人已修改该记录。未覆盖任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>未知的记录类型：%1</translation>
    </message>
    <message>
        <source>The record was already deleted or changed by someone else.</source>
        <translation>该记录已被他人删除或修改。</translation>
    </message>
    <message>
        <source>This record is not in the deleted items.</source>
        <translation>该记录不在回收站中。</translation>
    </message>
    <message>
        <source>This record belongs to a deleted customer or opportunity. Restore that first.</source>
        <translation>该记录所属的客户或商机已被删除，请先恢复该客户或商机。</translation>
    </message>
    <message>
        <source>Only an administrator can remove deleted records for good.</source>
        <translation>只有管理员才能彻底删除回收站中的记录。</translation>
    </message>
    <message>
        <source>Only deleted records can be removed for good.</source>
        <translation>只有已删除的记录才能彻底删除。</translation>
    </message>
    <message>
        <source>Cannot read the record: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you loaded it. Nothing was overwritten.</source>
        <translation>您打开此记录后，他人已对其进行修改。未覆盖任何内容。</translation>
    </message>
    <message>
        <source>This record was already deleted.</source>
        <translation>该记录已被删除。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you loaded it. Nothing was deleted.</source>
        <translation>您打开此记录后，他人已对其进行修改。未删除任何内容。</translation>
    </message>
    <message>
        <source>This record is not in the deleted items.</source>
        <translation>该记录不在回收站中。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存此修改：%1</translation>
    </message>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>提醒时间：</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天早上</translation>
    </message>
    <message>
        <source>&amp;Snooze for:</source>
        <translation>稍后提醒(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>稍后提醒(&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open task</source>
        <translation>打开任务(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>忽略(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Cannot read the reminders: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Opportunities by expected close date in %1.</source>
        <translation>按预计成交日期筛选的商机，期间：%1。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Overdue tasks today: %1</source>
        <translation>今日逾期任务数：%1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows.</source>
        <translation>仅显示前 %1 行（共 %2 行）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer was not found (it may have been deleted).</source>
        <translation>未找到该客户（可能已被删除）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景信息</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Period: %1; currency: %2.</source>
        <comment>report header: period, currency named in words and code</comment>
        <translation>统计期间：%1；币种：%2。</translation>
    </message>
    <message>
        <source>Team: %1; sales rep: %2.</source>
        <comment>report header: the team and rep filter</comment>
        <translation>团队：%1；销售代表：%2。</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>all reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <source>Won deals closed in %1; revenue in %2 only.</source>
        <translation>统计期间：%1 内成交的赢单；币种：仅 %2。</translation>
    </message>
    <message>
        <source>Tickets received in %1.</source>
        <translation>统计期间受理的工单：%1。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>KIND</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD; whole months are reported).</source>
        <translation>期间的第一天（YYYY-MM-DD；按整月统计）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>期间的最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only this team (its id).</source>
        <translation>仅统计此团队（团队 ID）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>团队ID</translation>
    </message>
    <message>
        <source>Only this sales rep (the user&apos;s id).</source>
        <translation>仅统计此销售代表（用户 ID）。</translation>
    </message>
    <message>
        <source>U</source>
        <translation>用户ID</translation>
    </message>
    <message>
        <source>CUR</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Revenue per month or quarter (default month).</source>
        <translation>营收按 month（月）或 quarter（季度）汇总（默认 month）。</translation>
    </message>
    <message>
        <source>G</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--kind must be one of: %1.</source>
        <translation>--kind 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--granularity must be month or quarter.</source>
        <translation>--granularity 必须为 month 或 quarter。</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-01-31, not &quot;%2&quot;.</source>
        <translation>--%1 需要形如 2025-01-31 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>csv, json or pdf (pdf needs --output).</source>
        <translation>csv、json 或 pdf（pdf 需要 --output）。</translation>
    </message>
    <message>
        <source>--format must be csv, json or pdf.</source>
        <translation>--format 必须是 csv、json 或 pdf。</translation>
    </message>
    <message>
        <source>A PDF report needs --output FILE.</source>
        <translation>PDF 报表需要用 --output &lt;文件&gt; 指定输出文件。</translation>
    </message>
    <message>
        <source>There is no PDF layout for the report &quot;%1&quot;.</source>
        <translation>报表“%1”没有 PDF 版式。</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this program was started without them.</source>
        <translation>生成 PDF 报表需要图形库，但本程序启动时未加载图形库。</translation>
    </message>
    <message>
        <source>Reporting currency (default: the one last chosen on the dashboard, else the one with the most won deals).</source>
        <translation>报表币种（默认：上次在仪表盘中选择的币种，否则为赢单最多的币种）。</translation>
    </message>
    <message>
        <source>How campaigns share a won deal&apos;s revenue: first, last or linear (default first).</source>
        <translation>营销活动分摊赢单金额的方式：first（首次接触）、last（末次接触）或 linear（线性），默认 first。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>--model must be first, last or linear.</source>
        <translation>--model 必须是 first、last 或 linear。</translation>
    </message>
    <message>
        <source>Write a report (funnel, revenue, conversion, team, tiers, overview, campaigns, competitors, collection, service) as CSV, JSON or PDF.</source>
        <translation>以 CSV、JSON 或 PDF 输出报表（funnel、revenue、conversion、team、tiers、overview、campaigns、competitors、collection、service）。</translation>
    </message>
    <message>
        <source>The report: funnel, revenue, conversion, team, tiers, overview, campaigns, competitors, collection or service.</source>
        <translation>报表：funnel、revenue、conversion、team、tiers、overview、campaigns、competitors、collection 或 service。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Business overview</source>
        <translation>经营概览</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Revenue and forecast</source>
        <translation>营收与预测</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化率</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>团队业绩</translation>
    </message>
    <message>
        <source>Customer value tiers</source>
        <translation>客户价值分层</translation>
    </message>
    <message>
        <source>Follow-up activity</source>
        <translation>跟进活动</translation>
    </message>
    <message>
        <source>Pipeline list</source>
        <translation>商机列表</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>客户历史记录</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>营销活动效果</translation>
    </message>
    <message>
        <source>Competitor intelligence</source>
        <translation>竞争对手情报</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%2B</source>
        <comment>billions: symbol, number</comment>
        <translation>%1%2十亿</translation>
    </message>
    <message>
        <source>%1%2M</source>
        <comment>millions: symbol, number</comment>
        <translation>%1%2百万</translation>
    </message>
    <message>
        <source>%1%2K</source>
        <comment>thousands: symbol, number</comment>
        <translation>%1%2千</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period: from, to</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>未指定渠道</translation>
    </message>
    <message>
        <source>%1%2 × 10⁸</source>
        <comment>amount in 亿 (10⁸) where amounts count by 10⁴: symbol, number</comment>
        <translation>%1%2亿</translation>
    </message>
    <message>
        <source>%1%2 × 10⁴</source>
        <comment>amount in 万 (10⁴) where amounts count by 10⁴: symbol, number</comment>
        <translation>%1%2万</translation>
    </message>
    <message>
        <source>10⁸ %1</source>
        <comment>money axis unit in 亿 (10⁸): currency unit name</comment>
        <translation>亿%1</translation>
    </message>
    <message>
        <source>10⁴ %1</source>
        <comment>money axis unit in 万 (10⁴): currency unit name</comment>
        <translation>万%1</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>axis unit: currency symbol</comment>
        <translation>百万%1</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <comment>axis unit: currency symbol</comment>
        <translation>千%1</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <comment>money axis title: its unit</comment>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>A (key accounts)</source>
        <comment>value tier: the customers making up the first 80% of won revenue</comment>
        <translation>A 类（重点客户）</translation>
    </message>
    <message>
        <source>B (regular accounts)</source>
        <comment>value tier: the next 15% of won revenue</comment>
        <translation>B 类（普通客户）</translation>
    </message>
    <message>
        <source>C (occasional accounts)</source>
        <comment>value tier: the last 5% of won revenue</comment>
        <translation>C 类（一般客户）</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a calendar year (2026; zh: 2026年)</comment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>ReportQueries</name>
    <message>
        <source>A target belongs either to a sales rep or to a team.</source>
        <translation>目标只能属于一名销售代表或一个团队。</translation>
    </message>
    <message>
        <source>A target needs a month.</source>
        <translation>目标必须指定月份。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>A target needs a three-letter currency code.</source>
        <translation>目标必须指定三个字母的币种代码。</translation>
    </message>
    <message>
        <source>There is already a target for this month and currency.</source>
        <translation>该月份和币种已有目标。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this target meanwhile. Reload and try again.</source>
        <translation>此目标已被他人修改或删除，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Cannot prepare a report query: %1</source>
        <translation>无法准备报表查询：%1</translation>
    </message>
    <message>
        <source>A report query failed: %1</source>
        <translation>报表查询失败：%1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace a SQLite database with a backup, saving the current one first (PostgreSQL: use pg_restore).</source>
        <translation>用备份替换 SQLite 数据库，并先保存当前数据库（PostgreSQL 请使用 pg_restore）。</translation>
    </message>
    <message>
        <source>The backup FILE to restore (checked before anything is replaced).</source>
        <translation>要恢复的备份文件（替换现有数据前先检查）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name the backup to restore with --from FILE.</source>
        <translation>请用 --from &lt;文件&gt; 指定要恢复的备份。</translation>
    </message>
    <message>
        <source>deskcrm-cli restores SQLite databases only. Restore PostgreSQL on the server with pg_restore, for example: pg_restore --clean --if-exists --no-owner --dbname=%1 deskcrm.dump, then check it with: deskcrm-cli --database %1 check</source>
        <translation>deskcrm-cli 只能恢复 SQLite 数据库。请在服务器上用 pg_restore 恢复 PostgreSQL，例如：pg_restore --clean --if-exists --no-owner --dbname=%1 deskcrm.dump，然后用以下命令检查：deskcrm-cli --database %1 check</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Saved the previous content of %1 to %2.</source>
        <translation>已将 %1 的原有内容保存到 %2。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Upgraded the schema from version %1 to version %2.</source>
        <translation>已将数据库结构从版本 %1 升级到版本 %2。</translation>
    </message>
    <message>
        <source>  ok: %1</source>
        <translation>  正常：%1</translation>
    </message>
    <message>
        <source>  PROBLEM: %1</source>
        <translation>  问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the restored database.</source>
        <translation>
            <numerusform>恢复后的数据库中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Kept the damaged %1 as %2.</source>
        <translation>已将损坏的 %1 保留为 %2。</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Roll Back a User&apos;s Changes</source>
        <translation>回滚用户的更改</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>起始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>After the rollback</source>
        <translation>回滚后</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>回滚(&amp;R)</translation>
    </message>
    <message>
        <source>Un&amp;do the rollback</source>
        <translation>撤销回滚(&amp;D)</translation>
    </message>
    <message>
        <source>Only administrators can roll back changes.</source>
        <translation>只有管理员可以回滚更改。</translation>
    </message>
    <message>
        <source>Records created (deleted again): %1</source>
        <translation>新建的记录（将删除）：%1</translation>
    </message>
    <message>
        <source>Records changed (fields put back): %1</source>
        <translation>修改的记录（字段将恢复）：%1</translation>
    </message>
    <message>
        <source>Records deleted (brought back): %1</source>
        <translation>删除的记录（将恢复）：%1</translation>
    </message>
    <message>
        <source>Changed later by someone else (kept as they are): %1</source>
        <translation>之后已被他人修改（保持不变）：%1</translation>
    </message>
    <message>
        <source>kept (%1 changed it later)</source>
        <translation>保留（%1 之后修改过）</translation>
    </message>
    <message>
        <source>Nothing to roll back: %1 made no changes since then that are still there.</source>
        <translation>没有可回滚的内容：%1 自该时间起没有仍然有效的更改。</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Roll back to do this in one step.</source>
        <translation>尚未做任何更改。点击“回滚”即可一次完成。</translation>
    </message>
    <message>
        <source>Rolled back: %1 records. Later changes by others were kept.</source>
        <translation>已回滚 %1 条记录。他人之后的修改均已保留。</translation>
    </message>
    <message>
        <source>The rollback was undone.</source>
        <translation>已撤销回滚。</translation>
    </message>
</context>
<context>
    <name>RowSecurity</name>
    <message>
        <source>Cannot set up the users&apos; permissions on the server: %1
%2</source>
        <translation>无法在服务器上设置用户权限：%1
%2</translation>
    </message>
</context>
<context>
    <name>RowShaping</name>
    <message>
        <source>The scale of &quot;%1&quot; must be a power of ten from 0 to 12.</source>
        <translation>“%1”的倍率必须是 10 的 0 到 12 次幂。</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>演示数据生成已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Demo data needs a pipeline with open stages, a won stage and a lost stage.</source>
        <translation>生成演示数据需要销售管道包含未关闭阶段、一个赢单阶段和一个输单阶段。</translation>
    </message>
    <message>
        <source>Demo data needs the industry, lead source, channel and follow-up type lists.</source>
        <translation>生成演示数据需要行业、线索来源、渠道和跟进类型列表。</translation>
    </message>
    <message>
        <source>Cannot prepare demo data: %1</source>
        <translation>无法准备演示数据：%1</translation>
    </message>
</context>
<context>
    <name>SalesTargetsDialog</name>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the targets again (%1)</source>
        <translation>重新读取销售目标（%1）</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Targets &amp;for</source>
        <translation>目标对象(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>Type a monthly target into a cell; Delete clears it (no target). %1 saves and keeps the window open.</source>
        <translation>在单元格中输入月度目标；按 Delete 清除（即不设目标）。按 %1 保存且不关闭窗口。</translation>
    </message>
    <message>
        <source>Save the changed targets and close</source>
        <translation>保存修改的目标并关闭</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changed targets first?</source>
        <translation>是否先保存修改的目标？</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>There are no active sales reps.</source>
        <translation>没有在职的销售代表。</translation>
    </message>
    <message>
        <source>There are no teams yet.</source>
        <translation>还没有团队。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) of inactive reps or deleted teams are not shown.</source>
        <translation>
            <numerusform>未显示已停用销售代表或已删除团队的 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>数据库拒绝了此更改。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>已保存 %n 处更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changed targets before closing?</source>
        <translation>关闭前是否保存修改的目标？</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>无法开始数据库结构升级：%1</translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation>无法创建 schema_migrations 表：%1</translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation>缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; the database was left as it was.
%2
%3</source>
        <translation>数据库结构升级到版本 %1 失败，数据库保持原样未作更改。
%2
%3</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade: %1</source>
        <translation>无法提交数据库结构升级：%1</translation>
    </message>
    <message>
        <source>This database was made by a newer DeskCRM (schema version %1; this program knows up to version %2). It was not changed. Please update DeskCRM to open it.</source>
        <translation>此数据库由更新版本的 DeskCRM 创建（结构版本 %1；本程序最高支持版本 %2）。数据库未被修改。请更新 DeskCRM 后再打开。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find customers, contacts, follow-ups, opportunities and tasks by any part of their text, pinyin or phone digits.</source>
        <translation>按文字的任意部分、拼音或电话号码中的数字查找客户、联系人、跟进记录、商机和任务。</translation>
    </message>
    <message>
        <source>Only these kinds, separated by commas: %1 (default: all).</source>
        <translation>只查找这些类别，以逗号分隔：%1（默认：全部）。</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>At most this many results in all (default 50).</source>
        <translation>最多显示的结果总数（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>json (one object per line, the default) or csv.</source>
        <translation>json（每行一个对象，默认）或 csv。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Say what to search for: deskcrm-cli search TEXT</source>
        <translation>请指定要查找的内容：deskcrm-cli search 文本</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format 必须是 json 或 csv。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>未知的类别“%1”。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>The search index lacks %n record(s) of %1.</source>
        <translation>
            <numerusform>搜索索引缺少 %n 条%1记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search index holds old text of %n record(s) of %1.</source>
        <translation>
            <numerusform>搜索索引中有 %n 条%1记录的内容已过时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search index holds %n record(s) of %1 that are deleted or gone.</source>
        <translation>
            <numerusform>搜索索引中有 %n 条%1记录已删除或已不存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>Under 1 day</source>
        <translation>不足 1 天</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7–30 天</translation>
    </message>
    <message>
        <source>30 days or more</source>
        <translation>30 天及以上</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>business hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Open tickets by age and priority</source>
        <translation>未结工单（按时长和优先级）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>SLA compliance and mean times (business hours)</source>
        <translation>SLA 达成率与平均用时（工作小时）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Tickets received</source>
        <translation>受理工单数</translation>
    </message>
    <message>
        <source>First response within SLA</source>
        <translation>首次响应达标率</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 单中 %2 单）</translation>
    </message>
    <message>
        <source>Resolution within SLA</source>
        <translation>解决达标率</translation>
    </message>
    <message>
        <source>Open past the resolution deadline</source>
        <translation>超过解决期限的未结工单数</translation>
    </message>
    <message>
        <source>Mean time to first response</source>
        <translation>平均首次响应时间</translation>
    </message>
    <message>
        <source>Mean time to resolution</source>
        <translation>平均解决时间</translation>
    </message>
    <message>
        <source>Satisfaction by rep</source>
        <translation>满意度（按处理人）</translation>
    </message>
    <message>
        <source>Satisfaction by product</source>
        <translation>满意度（按产品）</translation>
    </message>
    <message>
        <source>Satisfaction by category</source>
        <translation>满意度（按类别）</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 星</translation>
    </message>
    <message>
        <source>Complaints by category and month</source>
        <translation>投诉数（按类别和月份）</translation>
    </message>
</context>
<context>
    <name>ServiceSummaries</name>
    <message>
        <source>Cannot read or write the service report&apos;s summaries: %1</source>
        <translation>无法读写服务报表汇总：%1</translation>
    </message>
    <message numerus="yes">
        <source>The service report summary %1 does not match the tickets (%n row(s) differ): rebuild it with &quot;deskcrm-cli check --rebuild-summaries&quot;.</source>
        <translation>
            <numerusform>服务报表汇总表 %1 与工单不一致（%n 行不同）：请用“deskcrm-cli check --rebuild-summaries”重建。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShapedRows</name>
    <message>
        <source>The import profile names the column &quot;%1&quot;, which the file does not have.</source>
        <translation>导入方案引用了列“%1”，但文件中没有该列。</translation>
    </message>
</context>
<context>
    <name>ShipmentService</name>
    <message>
        <source>Partly delivered</source>
        <translation>部分交付</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未交付</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>Only a signed contract or one in delivery is shipped.</source>
        <translation>只有已签署或交付中的合同才能出货。</translation>
    </message>
    <message>
        <source>“%1”: only %2 are left to deliver.</source>
        <translation>“%1”：仅剩 %2 待交付。</translation>
    </message>
    <message>
        <source>A line to ship is not one of the contract&apos;s.</source>
        <translation>要出货的明细不属于该合同。</translation>
    </message>
    <message>
        <source>Everything on this contract is delivered already.</source>
        <translation>该合同已全部交付。</translation>
    </message>
</context>
<context>
    <name>SlaPolicies</name>
    <message>
        <source>Every SLA time must be longer than zero.</source>
        <translation>每项 SLA 时间都必须大于零。</translation>
    </message>
    <message>
        <source>The time to resolution cannot be shorter than the time to first response.</source>
        <translation>解决时间不能短于首次响应时间。</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <source>Service Settings</source>
        <translation>服务设置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>First response (business hours)</source>
        <translation>首次响应（工作小时）</translation>
    </message>
    <message>
        <source>Resolution (business hours)</source>
        <translation>解决（工作小时）</translation>
    </message>
    <message>
        <source>SLA &amp;policies</source>
        <translation>SLA 策略(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Working hours (e.g. 09:00-12:00, 13:30-18:00; empty = day off)</source>
        <translation>工作时间（如 09:00-12:00, 13:30-18:00；留空表示休息日）</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation>工作时间(&amp;W)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Holidays and make-up days</source>
        <translation>节假日与调休(&amp;H)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>“%1” is not a time zone (for example Asia/Shanghai).</source>
        <translation>“%1”不是有效的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Please write the hours of %1 as 09:00-12:00, 13:30-18:00.</source>
        <translation>请按 09:00-12:00, 13:30-18:00 的格式填写%1的工作时间。</translation>
    </message>
    <message>
        <source>Row %1: please write the date as 2026-10-01.</source>
        <translation>第 %1 行：请按 2026-10-01 的格式填写日期。</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <source>Close as lost</source>
        <translation>输单结单</translation>
    </message>
    <message>
        <source>Close as won</source>
        <translation>赢单结单</translation>
    </message>
    <message>
        <source>Moving the opportunity to &quot;%1&quot;. Why was it lost?</source>
        <translation>商机将移至“%1”。请选择或填写输单原因。</translation>
    </message>
    <message>
        <source>Moving the opportunity to &quot;%1&quot;. When was it won?</source>
        <translation>商机将移至“%1”。请填写实际成交日期。</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>输单原因：</translation>
    </message>
    <message>
        <source>Actual close date:</source>
        <translation>实际成交日期：</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup to put in its place? The damaged file is kept beside it under another name.</source>
        <translation>要选择一个备份来替换它吗？损坏的文件会以另一个名称保留在原处旁边。</translation>
    </message>
    <message>
        <source>DeskCRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>DeskCRM 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The damaged file was kept as %3.</source>
        <translation>已从 %2 恢复 %1。损坏的文件保留为 %3。</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>%1 is on a network drive (%2). DeskCRM&apos;s database works safely only on this computer&apos;s own disk: if two computers open it, or the connection drops while saving, changes can be lost or the file damaged. Move it to a local folder, or use a team database (PostgreSQL) for sharing.</source>
        <translation>%1 位于网络驱动器（%2）上。DeskCRM 的数据库只有放在本机磁盘上才安全：如果两台电脑同时打开，或保存时连接中断，修改可能丢失，文件也可能损坏。请把它移到本地文件夹，或使用团队数据库（PostgreSQL）来共享。</translation>
    </message>
    <message>
        <source>%1 is in a %2 folder. A sync service can copy the database while DeskCRM is saving, or bring back an older copy, and changes can then be lost or the file damaged. Move it to a folder that is not synced and make backups instead, or use a team database (PostgreSQL) for sharing.</source>
        <translation>%1 位于 %2 同步文件夹中。同步服务可能在 DeskCRM 保存时复制数据库，或恢复成旧的副本，导致修改丢失或文件损坏。请把它移到不同步的文件夹并改用备份，或使用团队数据库（PostgreSQL）来共享。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Make an offline replica of a server (sync clone), or synchronise a replica with its server.</source>
        <translation>创建服务器的离线副本（sync clone），或将副本与服务器同步。</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server (clone: required; sync: instead of the one cloned from).</source>
        <translation>团队的 PostgreSQL 服务器（clone：必填；sync：代替创建副本时的服务器）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>clone: the replica file to create.</source>
        <translation>clone：要创建的副本文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Use: sync clone --server URL --output FILE, or --database FILE sync [--format json].</source>
        <translation>用法：sync clone --server URL --output 文件，或 --database 文件 sync [--format json]。</translation>
    </message>
    <message>
        <source>sync clone needs --server and --output.</source>
        <translation>sync clone 需要 --server 和 --output。</translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 created: %n row(s).</source>
        <translation>
            <numerusform>已创建副本 %1：%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a replica; make one with sync clone.</source>
        <translation>%1 不是副本；请用 sync clone 创建。</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3</source>
        <translation>发送 %1，接收 %2，冲突 %3</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s.</source>
        <translation>本机时钟与服务器相差 %1 秒。</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Common base</source>
        <translation>共同原值</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s</source>
        <translation>保留服务器的(&amp;S)</translation>
    </message>
    <message>
        <source>Or type the value to keep</source>
        <translation>或输入要保留的值</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>使用此值(&amp;U)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>(deleted on the server)</source>
        <translation>（已在服务器上删除）</translation>
    </message>
    <message>
        <source>(deleted by me, changed on the server)</source>
        <translation>（我已删除，服务器上有修改）</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours met a different change on the server. The server&apos;s value is in use until you decide; you can also close this and decide later.</source>
        <translation>
            <numerusform>您的 %n 项更改与服务器上的其他更改冲突。在您决定之前使用服务器的值；也可以先关闭，稍后再决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReplica</name>
    <message>
        <source>Changes too many to list cannot be recorded for the next sync (%1).</source>
        <translation>更改过多无法逐条列出，不能记录到下次同步（%1）。</translation>
    </message>
    <message>
        <source>The change could not be recorded for the next sync: %1</source>
        <translation>无法记录此更改以供下次同步：%1</translation>
    </message>
    <message>
        <source>This conflict is no longer listed.</source>
        <translation>此冲突已不在列表中。</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>A replica synchronises with a PostgreSQL server, not with %1.</source>
        <translation>副本只能与 PostgreSQL 服务器同步，不能与 %1 同步。</translation>
    </message>
    <message>
        <source>%1 exists already; a replica is made as a new file.</source>
        <translation>%1 已存在；副本必须创建为新文件。</translation>
    </message>
    <message>
        <source>A replica is a SQLite file; %1 is not a file name.</source>
        <translation>副本是 SQLite 文件；%1 不是文件名。</translation>
    </message>
    <message>
        <source>This database is not a replica of a server.</source>
        <translation>此数据库不是服务器的副本。</translation>
    </message>
    <message numerus="yes">
        <source>This replica has not synchronised for more than %n day(s) and must be created again from the server. Its unsent changes are kept for review.</source>
        <translation>
            <numerusform>此副本已超过 %n 天未同步，必须从服务器重新创建。尚未发送的更改已保留，供您查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the changes: %1</source>
        <translation>服务器拒绝了这些更改：%1</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered.</source>
        <translation>服务器应答之前连接已断开。</translation>
    </message>
    <message>
        <source>The table %1 has no column %2 to synchronise.</source>
        <translation>表 %1 没有可同步的列 %2。</translation>
    </message>
</context>
<context>
    <name>TaskBoardModel</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cannot read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>This task is not on the board any more.</source>
        <translation>此任务已不在看板上。</translation>
    </message>
</context>
<context>
    <name>TaskBoardPage</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Group by due date</source>
        <translation>按截止日期分组</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show changes made by others (F5)</source>
        <translation>刷新以显示他人所做的更改（F5）</translation>
    </message>
    <message>
        <source>Task board</source>
        <translation>任务看板</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Move task to “%1”</source>
        <translation>将任务移至“%1”</translation>
    </message>
</context>
<context>
    <name>TaskCardDelegate</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>customer / opportunity</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Opportunit&amp;y:</source>
        <translation>商机(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Remind me at:</source>
        <translation>提醒时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Enter a title for the task.</source>
        <translation>请输入任务标题。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
</context>
<context>
    <name>TicketBoardPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ticket board</source>
        <translation>工单看板</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>(by the assignment rules)</source>
        <translation>（按分配规则）</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>转到(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Sat&amp;isfaction (1–5):</source>
        <translation>满意度(&amp;I)（1–5）：</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>客户反馈(&amp;F)：</translation>
    </message>
    <message>
        <source>Appl&amp;y step</source>
        <translation>执行(&amp;Y)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>(given on saving)</source>
        <translation>（保存时生成）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>首次响应期限：%1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>解决期限：%1</translation>
    </message>
    <message>
        <source>On hold since %1: the SLA clock is stopped.</source>
        <translation>自 %1 起挂起：SLA 计时已暂停。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>恢复：%1</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>Please say what the ticket is about.</source>
        <translation>请填写工单主题。</translation>
    </message>
    <message>
        <source>Please choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Unknown kind, priority or channel.</source>
        <translation>类型、优先级或渠道无效。</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>手动分派</translation>
    </message>
    <message>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>工单不能从“%1”转为“%2”。</translation>
    </message>
    <message>
        <source>No rule assigns this ticket: please choose the rep who takes it.</source>
        <translation>没有规则可分派此工单，请选择处理人。</translation>
    </message>
    <message>
        <source>Please record the customer&apos;s satisfaction (1 to 5) to close the ticket.</source>
        <translation>关闭工单前请记录客户满意度（1 至 5 分）。</translation>
    </message>
    <message>
        <source>Satisfaction: %1/5</source>
        <translation>满意度：%1/5</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系客户</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed (satisfaction confirmed)</source>
        <translation>已关闭（满意度已确认）</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>ticket priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <comment>ticket priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>ticket priority</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>ticket priority</comment>
        <translation>普通</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>ticket channel</comment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>ticket channel</comment>
        <translation>上门</translation>
    </message>
    <message>
        <source>Web</source>
        <comment>ticket channel</comment>
        <translation>网页</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>ticket channel</comment>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>ticket channel</comment>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Cannot read what is due today: %1</source>
        <translation>无法读取今日待办：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days overdue)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Show this page at start-up</source>
        <translation>启动时显示此页(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing is due today. Follow-ups you plan and tasks you own appear here on the day they are due, and stay until they are done.</source>
        <translation>今天没有到期事项。您计划的跟进和您负责的任务会在到期当天显示在这里，完成之前一直保留。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Due today, %1</source>
        <translation>今日待办（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n due, of them %1 overdue</source>
        <translation>
            <numerusform>共 %n 项，其中 %1 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝了该操作：%1</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Users and roles need a PostgreSQL team database; a local database has one user.</source>
        <translation>用户与角色需要 PostgreSQL 团队数据库；本地数据库只有一位用户。</translation>
    </message>
    <message>
        <source>A user name is 1 to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter.</source>
        <translation>用户名由 1 至 63 个小写字母、数字、“_”、“.”或“-”组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Cannot prepare the password for the server.</source>
        <translation>无法为服务器生成密码校验信息。</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>Choose another, active user to take over the records of “%1”.</source>
        <translation>请选择另一位已启用的用户接管“%1”的记录。</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Add a user (password from standard input), reset a password or deactivate a user of a PostgreSQL team database.</source>
        <translation>添加用户（密码从标准输入读取）、重置密码或停用 PostgreSQL 团队数据库的用户。</translation>
    </message>
    <message>
        <source>add: the name colleagues see.</source>
        <translation>add：同事看到的姓名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>add: rep, lead, admin, readonly or finance (default rep).</source>
        <translation>add：rep、lead、admin、readonly 或 finance（默认 rep）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>add: the user&apos;s team, made when there is none of that name.</source>
        <translation>add：用户所在的团队；没有该名称的团队时自动创建。</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>deactivate: the user who takes over the deactivated user&apos;s records.</source>
        <translation>deactivate：接管被停用用户记录的用户。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Usage: deskcrm-cli users add|deactivate|password USERNAME [options]</source>
        <translation>用法：deskcrm-cli users add|deactivate|password 用户名 [选项]</translation>
    </message>
    <message>
        <source>Say who takes over the records: --reassign-to USER</source>
        <translation>请指定由谁接管记录：--reassign-to 用户</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>Users and roles need a PostgreSQL team database; a local database has one user.</source>
        <translation>用户与角色需要 PostgreSQL 团队数据库；本地数据库只有一位用户。</translation>
    </message>
    <message>
        <source>Only an administrator may change users.</source>
        <translation>只有管理员可以更改用户。</translation>
    </message>
    <message numerus="yes">
        <source>%1 can no longer sign in; %n record(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 已无法登录；%n 条记录现归 %2 所有。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>add|deactivate|password USERNAME</source>
        <translation>add|deactivate|password 用户名</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and Roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;Team…</source>
        <translation>更换团队(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Each user signs in to the team database with their own name and password. The server shows them only what their role allows: sales reps their own and shared records (and those of everyone they manage), team leads their team&apos;s and the teams below it, administrators everything.</source>
        <translation>每位用户以自己的用户名和密码登录团队数据库。服务器只向其显示角色允许查看的内容：销售代表看到自己的记录、共享给自己的记录（以及其下属的记录），团队主管看到本团队及下级团队的记录，管理员看到全部记录。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>确认密码(&amp;G)：</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Change Team of %1</source>
        <translation>更换 %1 的团队</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>&amp;Records go to:</source>
        <translation>记录转交给(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 can no longer sign in; %n record(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 已无法登录；%n 条记录现归 %2 所有。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>更换角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Change Role of %1</source>
        <translation>更换 %1 的角色</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>无法从头重新读取该文件。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>Text outside any vCard: “%1”.</source>
        <translation>此内容不属于任何 vCard 名片：“%1”。</translation>
    </message>
    <message>
        <source>This card has no END:VCARD: it is cut short, or the next card begins inside it.</source>
        <translation>此名片缺少 END:VCARD：文件可能被截断，或下一张名片从其中开始。</translation>
    </message>
    <message>
        <source>Line %1 of this card is not a vCard property: “%2”.</source>
        <translation>此名片的第 %1 行不是有效的 vCard 属性：“%2”。</translation>
    </message>
</context>
<context>
    <name>VCardRowSource</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Web site: %1</source>
        <translation>网站：%1</translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>The vCard file could not be written: %1</source>
        <translation>无法写入 vCard 文件：%1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook is damaged (%1: %2).</source>
        <translation>工作簿已损坏（%1：%2）。</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>its data cannot be unpacked</source>
        <translation>数据无法解压</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>its checksum is wrong</source>
        <translation>校验和错误</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls) or an encrypted one: save it as .xlsx (Excel Workbook) without a password and import that.</source>
        <translation>这是 Excel 97–2003 工作簿（.xls）或加密的工作簿：请另存为不带密码的 .xlsx（Excel 工作簿）后再导入。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx), or it is damaged: it is not a readable zip archive.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx），或已损坏：无法作为 zip 压缩包读取。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）：其中没有工作簿内容。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>该工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>内容不完整</translation>
    </message>
    <message>
        <source>Cell %1 refers to text the workbook does not have.</source>
        <translation>单元格 %1 引用的文本在工作簿中不存在。</translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2.</source>
        <translation>单元格 %1 的值为错误 %2。</translation>
    </message>
    <message>
        <source>Cell %1 holds the date “%2”, which cannot be read.</source>
        <translation>单元格 %1 中的日期“%2”无法识别。</translation>
    </message>
    <message>
        <source>Cell %1 holds “%2”, which is not a number.</source>
        <translation>单元格 %1 中的“%2”不是数字。</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets are: %2.</source>
        <translation>该工作簿中没有工作表“%1”，现有工作表：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n sheet(s); there is no sheet number %1.</source>
        <translation>
            <numerusform>该工作簿共有 %n 个工作表，没有第 %1 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>工作表“%1”为空。</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>Cell %1%2 holds a value, but its column has no header.</source>
        <translation>单元格 %1%2 有值，但所在列没有表头。</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Cannot create the worksheet &quot;%1&quot;.</source>
        <translation>无法创建工作表“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>The list has more rows than an Excel worksheet holds (%1). Export it as CSV instead.</source>
        <translation>列表行数超过 Excel 工作表的上限（%1 行），请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
</context>
</TS>

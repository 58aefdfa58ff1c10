#include "DemoVocabulary.h"

#include <tuple>
#include <utility>

namespace DemoData {
namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    result.reserve(static_cast<int>(items.size()));
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

QVector<Romanised> romanised(std::initializer_list<std::pair<const char*, const char*>> items)
{
    QVector<Romanised> result;
    for (const auto& item : items)
        result.append({QString::fromUtf8(item.first), QString::fromLatin1(item.second)});
    return result;
}

QVector<City> cities(std::initializer_list<std::tuple<const char*, const char*, const char*, const char*, int>> items)
{
    QVector<City> result;
    for (const auto& item : items)
        result.append({QString::fromUtf8(std::get<0>(item)), QString::fromUtf8(std::get<1>(item)),
                       QString::fromUtf8(std::get<2>(item)), QString::fromLatin1(std::get<3>(item)),
                       std::get<4>(item)});
    return result;
}

} // namespace

Vocabulary::Vocabulary()
{
    chineseCities = cities({
        {"深圳", "广东", "中国", "755", 8}, {"广州", "广东", "中国", "20", 8},  {"东莞", "广东", "中国", "769", 8},
        {"北京", "北京", "中国", "10", 8},  {"上海", "上海", "中国", "21", 8},  {"天津", "天津", "中国", "22", 8},
        {"重庆", "重庆", "中国", "23", 8},  {"杭州", "浙江", "中国", "571", 8}, {"宁波", "浙江", "中国", "574", 8},
        {"南京", "江苏", "中国", "25", 8},  {"苏州", "江苏", "中国", "512", 8}, {"成都", "四川", "中国", "28", 8},
        {"武汉", "湖北", "中国", "27", 8},  {"西安", "陕西", "中国", "29", 8},  {"长沙", "湖南", "中国", "731", 8},
        {"青岛", "山东", "中国", "532", 8}, {"厦门", "福建", "中国", "592", 8}, {"合肥", "安徽", "中国", "551", 8},
        {"郑州", "河南", "中国", "371", 8}, {"沈阳", "辽宁", "中国", "24", 8},
    });
    englishCities = cities({
        {"New York", "NY", "United States", "212", -5},        {"San Francisco", "CA", "United States", "415", -8},
        {"Los Angeles", "CA", "United States", "213", -8},     {"Chicago", "IL", "United States", "312", -6},
        {"Austin", "TX", "United States", "512", -6},          {"Seattle", "WA", "United States", "206", -8},
        {"Boston", "MA", "United States", "617", -5},          {"Denver", "CO", "United States", "303", -7},
        {"Atlanta", "GA", "United States", "404", -5},         {"Miami", "FL", "United States", "305", -5},
        {"Phoenix", "AZ", "United States", "602", -7},         {"Portland", "OR", "United States", "503", -8},
        {"London", "England", "United Kingdom", "20", 0},      {"Manchester", "England", "United Kingdom", "161", 0},
        {"Birmingham", "England", "United Kingdom", "121", 0}, {"Leeds", "England", "United Kingdom", "113", 0},
        {"Bristol", "England", "United Kingdom", "117", 0},    {"Edinburgh", "Scotland", "United Kingdom", "131", 0},
        {"Glasgow", "Scotland", "United Kingdom", "141", 0},   {"Cardiff", "Wales", "United Kingdom", "29", 0},
    });
    brandFirst = romanised({
        {"华", "hua"}, {"恒", "heng"},  {"宏", "hong"},  {"金", "jin"},   {"天", "tian"}, {"盛", "sheng"},
        {"博", "bo"},  {"永", "yong"},  {"中", "zhong"}, {"新", "xin"},   {"海", "hai"},  {"凯", "kai"},
        {"佳", "jia"}, {"鼎", "ding"},  {"瑞", "rui"},   {"同", "tong"},  {"立", "li"},   {"远", "yuan"},
        {"汇", "hui"}, {"德", "de"},    {"安", "an"},    {"长", "chang"}, {"东", "dong"}, {"信", "xin"},
        {"嘉", "jia"}, {"正", "zheng"}, {"泰", "tai"},   {"鑫", "xin"},   {"联", "lian"}, {"创", "chuang"},
    });
    brandSecond = romanised({
        {"通", "tong"}, {"达", "da"},   {"成", "cheng"}, {"瑞", "rui"},   {"丰", "feng"}, {"信", "xin"},
        {"源", "yuan"}, {"星", "xing"}, {"辰", "chen"},  {"科", "ke"},    {"航", "hang"}, {"润", "run"},
        {"泰", "tai"},  {"隆", "long"}, {"鼎", "ding"},  {"诚", "cheng"}, {"安", "an"},   {"盛", "sheng"},
        {"合", "he"},   {"和", "he"},   {"晟", "sheng"}, {"宇", "yu"},    {"峰", "feng"}, {"越", "yue"},
        {"智", "zhi"},  {"阳", "yang"}, {"光", "guang"}, {"华", "hua"},   {"兴", "xing"}, {"恒", "heng"},
    });
    chineseBusiness = QHash<QString, QVector<Romanised>>{
        {QStringLiteral("technology"), romanised({{"科技", "tech"}, {"信息技术", "it"}, {"软件", "soft"}})},
        {QStringLiteral("manufacturing"), romanised({{"精密制造", "mfg"}, {"机械", "machinery"}, {"电子", "elec"}})},
        {QStringLiteral("retail"), romanised({{"商贸", "trade"}, {"百货", "store"}, {"零售", "retail"}})},
        {QStringLiteral("finance"), romanised({{"投资", "invest"}, {"融资租赁", "leasing"}, {"金融服务", "fin"}})},
        {QStringLiteral("healthcare"),
         romanised({{"医疗器械", "medical"}, {"生物医药", "bio"}, {"健康科技", "health"}})},
        {QStringLiteral("education"), romanised({{"教育科技", "edu"}, {"培训", "training"}})},
        {QStringLiteral("logistics"),
         romanised({{"物流", "logistics"}, {"供应链管理", "scm"}, {"国际货运", "freight"}})},
        {QStringLiteral("energy"), romanised({{"新能源", "energy"}, {"电力设备", "power"}, {"光伏", "solar"}})},
        {QStringLiteral("real_estate"), romanised({{"置业", "property"}, {"地产", "realty"}, {"物业管理", "pm"}})},
        {QStringLiteral("telecom"), romanised({{"通信", "telecom"}, {"网络技术", "net"}})},
        {QStringLiteral("government"), romanised({{"城市建设投资", "ctic"}, {"公共服务", "ps"}})},
    };
    chineseBusinessOther = romanised({{"实业", "group"}, {"文化传媒", "media"}, {"咨询", "consulting"}});
    chineseLegalForms = list({"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"});
    surnames = romanised({
        {"张", "zhang"}, {"王", "wang"}, {"李", "li"}, {"赵", "zhao"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
        {"黄", "huang"}, {"周", "zhou"}, {"吴", "wu"}, {"徐", "xu"},   {"孙", "sun"}, {"胡", "hu"},   {"朱", "zhu"},
        {"高", "gao"},   {"林", "lin"},  {"何", "he"}, {"郭", "guo"},  {"马", "ma"},  {"罗", "luo"},
    });
    givenNames = romanised({
        {"伟", "wei"},       {"芳", "fang"},       {"娜", "na"},        {"秀英", "xiuying"}, {"敏", "min"},
        {"静", "jing"},      {"丽", "li"},         {"强", "qiang"},     {"磊", "lei"},       {"军", "jun"},
        {"洋", "yang"},      {"勇", "yong"},       {"艳", "yan"},       {"杰", "jie"},       {"娟", "juan"},
        {"涛", "tao"},       {"明", "ming"},       {"超", "chao"},      {"秀兰", "xiulan"},  {"霞", "xia"},
        {"平", "ping"},      {"刚", "gang"},       {"桂英", "guiying"}, {"浩然", "haoran"},  {"子涵", "zihan"},
        {"欣怡", "xinyi"},   {"梓轩", "zixuan"},   {"雨桐", "yutong"},  {"思远", "siyuan"},  {"嘉怡", "jiayi"},
        {"建华", "jianhua"}, {"志强", "zhiqiang"}, {"海燕", "haiyan"},  {"文博", "wenbo"},
    });
    chineseTitles = list({"总经理", "采购经理", "技术总监", "财务总监", "IT经理", "销售总监", "行政主管", "运营经理",
                          "副总裁", "项目经理", "采购专员", "信息中心主任"});
    chineseStreets = list({"科技路", "人民路", "建设路", "中山路", "解放路", "长江路", "工业大道", "创业路", "高新大道",
                           "滨海大道", "世纪大道", "学府路"});
    chineseMail = list({"163.com", "qq.com", "126.com", "sina.com"});
    englishAdjectives =
        list({"Blue",    "Summit",  "Silver",   "North",   "Bright",   "Granite",  "Evergreen", "Harbor",
              "Pioneer", "Redwood", "Crescent", "Atlas",   "Sterling", "Cedar",    "Liberty",   "Golden",
              "Iron",    "Clear",   "Prairie",  "Coastal", "Highland", "Keystone", "Maple",     "Union",
              "Beacon",  "Oak",     "Vertex",   "Copper",  "Falcon",   "Lakeside"});
    englishNouns = list({"Ridge",  "Bridge", "River",  "Peak", "Point", "Gate", "Field",  "Stone", "Bay",    "Park",
                         "Valley", "Works",  "Line",   "Path", "Star",  "Wave", "Rock",   "Forge", "Harbor", "Crest",
                         "Grove",  "Hill",   "Spring", "Lake", "Mill",  "Port", "Street", "Tower", "Wood",   "Vale"});
    englishBusiness = QHash<QString, QStringList>{
        {QStringLiteral("technology"), list({"Software", "Analytics", "Systems", "Technologies"})},
        {QStringLiteral("manufacturing"), list({"Manufacturing", "Industries", "Engineering"})},
        {QStringLiteral("retail"), list({"Retail", "Outfitters", "Supply"})},
        {QStringLiteral("finance"), list({"Capital", "Financial", "Partners"})},
        {QStringLiteral("healthcare"), list({"Health", "Medical", "Biosciences"})},
        {QStringLiteral("education"), list({"Learning", "Academy", "Education"})},
        {QStringLiteral("logistics"), list({"Logistics", "Freight", "Distribution"})},
        {QStringLiteral("energy"), list({"Energy", "Power", "Solar"})},
        {QStringLiteral("real_estate"), list({"Properties", "Realty", "Estates"})},
        {QStringLiteral("telecom"), list({"Networks", "Communications", "Telecom"})},
        {QStringLiteral("government"), list({"County Services", "Transit Authority", "Public Works"})},
    };
    englishBusinessOther = list({"Group", "Consulting", "Holdings", "Media"});
    usLegalForms = list({"Inc.", "LLC", "Corp.", "Inc."});
    ukLegalForms = list({"Ltd", "Ltd", "PLC", "LLP"});
    firstNames =
        list({"James",     "Mary",   "John",    "Patricia", "Robert", "Jennifer", "Michael", "Linda",  "William",
              "Elizabeth", "David",  "Barbara", "Richard",  "Susan",  "Joseph",   "Jessica", "Thomas", "Sarah",
              "Charles",   "Karen",  "Oliver",  "Amelia",   "Harry",  "Olivia",   "George",  "Emily",  "Jack",
              "Isla",      "Sophie", "Daniel",  "Grace",    "Noah",   "Chloe",    "Ethan",   "Hannah", "Lucas"});
    lastNames = list({"Smith",    "Johnson", "Williams", "Brown", "Jones",  "Garcia",  "Miller",   "Davis", "Wilson",
                      "Anderson", "Taylor",  "Thomas",   "Moore", "Martin", "Jackson", "Thompson", "White", "Harris",
                      "Clark",    "Lewis",   "Walker",   "Hall",  "Young",  "Allen",   "Wright",   "Evans", "Roberts",
                      "Hughes",   "Edwards", "Green",    "Patel", "Murphy", "Bennett", "Cooper",   "Reed",  "Foster"});
    englishTitles =
        list({"CEO", "Procurement Manager", "CTO", "CFO", "IT Director", "VP Sales", "Office Manager",
              "Operations Manager", "Head of Purchasing", "Project Manager", "Buyer", "Facilities Director"});
    englishStreets = list({"Main St", "Oak Ave", "Market St", "Park Ave", "Elm St", "Broadway", "Mission St",
                           "Harbor Blvd", "Commerce Dr", "Lake Shore Dr"});
    ukStreets = list({"High Street", "Station Road", "Church Lane", "King Street", "Victoria Road", "Queen Street",
                      "Mill Lane", "Park Road"});
    englishMail = list({"gmail.com", "outlook.com", "yahoo.com", "icloud.com"});
    chineseOpportunities =
        list({"CRM系统升级项目", "年度服务器采购", "全渠道营销平台", "ERP实施二期", "数据中心扩容", "智能仓储改造",
              "年度维保合同", "办公网络改造", "生产线自动化升级", "私有云建设项目", "培训服务采购", "安防系统集成"});
    englishOpportunities =
        list({"Annual licence renewal", "Warehouse automation pilot", "CRM rollout phase 2", "Cloud migration",
              "Support contract", "Fleet tracking upgrade", "Data platform build-out", "Office network refresh",
              "Training programme", "Security audit", "Point-of-sale replacement", "Solar retrofit"});
    chineseLostReasons = list({"价格高于竞争对手", "客户预算取消", "选择了竞争对手的方案", "项目延期无限期搁置",
                               "技术方案不满足需求", "决策人变更"});
    englishLostReasons = list({"Price higher than competitor", "Budget cancelled", "Chose a competitor",
                               "Project postponed indefinitely", "Requirements not met", "Decision maker left"});
    chineseCompetitors = list({"金蝶", "用友", "纷享销客", "销售易", "Salesforce"});
    englishCompetitors = list({"Salesforce", "HubSpot", "Zoho", "Microsoft Dynamics", "Pipedrive"});
    chineseBudgets = list({"已批准", "待审批", "年度预算内", "需追加预算"});
    englishBudgets = list({"Approved", "Pending approval", "Within annual budget", "Needs extra budget"});
    chineseTimelines = list({"本季度", "下季度", "年内", "明年上半年"});
    englishTimelines = list({"This quarter", "Next quarter", "This year", "First half of next year"});
    chineseNeeds = list({"提升销售团队效率", "替换老旧系统", "满足合规要求", "支持业务扩张"});
    englishNeeds = list(
        {"Make the sales team faster", "Replace a legacy system", "Meet compliance requirements", "Support expansion"});
    chineseSubjects = QHash<QString, QStringList>{
        {QStringLiteral("pre_sales"), list({"产品功能咨询", "报价咨询", "方案演示预约", "试用申请"})},
        {QStringLiteral("follow_up"), list({"跟进采购进度", "确认需求细节", "发送报价单", "商务谈判", "拜访决策人"})},
        {QStringLiteral("complaint"), list({"交付延迟投诉", "系统故障投诉", "服务响应慢"})},
        {QStringLiteral("after_sales"), list({"上线回访", "使用培训", "季度满意度回访", "续约沟通"})},
        {QStringLiteral("other"), list({"节日问候", "行业展会邀请"})},
    };
    englishSubjects = QHash<QString, QStringList>{
        {QStringLiteral("pre_sales"), list({"Product questions", "Pricing enquiry", "Demo booked", "Trial request"})},
        {QStringLiteral("follow_up"), list({"Purchase status check", "Requirements review", "Quote sent",
                                            "Commercial negotiation", "Meeting with the decision maker"})},
        {QStringLiteral("complaint"), list({"Late delivery complaint", "Outage complaint", "Slow support response"})},
        {QStringLiteral("after_sales"),
         list({"Go-live check-in", "User training", "Quarterly satisfaction call", "Renewal discussion"})},
        {QStringLiteral("other"), list({"Season's greetings", "Trade show invitation"})},
    };
    chineseContents = list({"客户关注实施周期和售后响应，希望下周看到详细方案。",
                            "对方采购部门已提交内部审批，预计两周内反馈。", "客户对价格较敏感，要求提供分期付款方案。",
                            "技术负责人认可方案，需补充接口文档。", "客户反馈使用顺畅，提出两项改进建议。"});
    englishContents = list({"They care about rollout time and support response; want a detailed plan next week.",
                            "Procurement has submitted it for internal approval; answer expected in two weeks.",
                            "Price sensitive; asked for a payment plan.",
                            "Their technical lead likes the approach but needs the API documentation.",
                            "Happy with the system so far; suggested two improvements."});
    chineseResults = list({"需求已确认", "待客户内部审批", "已发送报价", "约定下次拜访", "问题已解决"});
    englishResults = list({"Requirements confirmed", "Waiting for internal approval", "Quote sent", "Next visit agreed",
                           "Issue resolved"});
    chineseTasks = list({"准备报价单", "安排产品演示", "发送合同草稿", "回访客户满意度", "整理需求文档", "提交投标文件",
                         "确认付款进度", "安排上门培训"});
    englishTasks =
        list({"Prepare the quote", "Schedule a product demo", "Send the draft contract", "Satisfaction follow-up call",
              "Write up requirements", "Submit the tender", "Chase the payment", "Arrange on-site training"});
    chineseNotes = list({"客户重视售后响应速度，决策链较长。", "老客户推荐，合作意向强。",
                         "年底集中采购，注意预算周期。", "偏好微信沟通。"});
    englishNotes = list({"Values fast support; long decision chain.", "Referred by an existing customer.",
                         "Buys at year end; mind the budget cycle.", "Prefers e-mail over calls."});
}

} // namespace DemoData

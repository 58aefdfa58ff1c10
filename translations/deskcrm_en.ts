<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 created record(s) deleted, %2 changed record(s) put back, %3 deleted record(s) brought back; %n later change(s) kept.</source>
        <translation>
            <numerusform>%1 created record(s) deleted, %2 changed record(s) put back, %3 deleted record(s) brought back; %n later change kept.</numerusform>
            <numerusform>%1 created record(s) deleted, %2 changed record(s) put back, %3 deleted record(s) brought back; %n later changes kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opportunities (%n)</source>
        <translation>
            <numerusform>Opportunities (%n)</numerusform>
            <numerusform>Opportunities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tasks (%n)</source>
        <translation>
            <numerusform>Tasks (%n)</numerusform>
            <numerusform>Tasks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service history (%n)</source>
        <translation>
            <numerusform>Service history (%n)</numerusform>
            <numerusform>Service history (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contracts (%n)</source>
        <translation>
            <numerusform>Contracts (%n)</numerusform>
            <numerusform>Contracts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%1: %n customer(s), %2</source>
        <comment>tier, share</comment>
        <translation>
            <numerusform>%1: %n customer, %2</numerusform>
            <numerusform>%1: %n customers, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n broken reference(s) in all.</source>
        <translation>
            <numerusform>%n broken reference in all.</numerusform>
            <numerusform>%n broken references in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sales pipeline has %n stage(s), one won and one lost.</source>
        <translation>
            <numerusform>The sales pipeline has %n stage, one won and one lost.</numerusform>
            <numerusform>The sales pipeline has %n stages, one won and one lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The totals of %n quote(s) and contract(s) add up from their lines.</source>
        <translation>
            <numerusform>The totals of %n quote and contract add up from their lines.</numerusform>
            <numerusform>The totals of %n quotes and contracts add up from their lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletedItemsPage</name>
    <message numerus="yes">
        <source>%Ln deleted items</source>
        <translation>
            <numerusform>%Ln deleted item</numerusform>
            <numerusform>%Ln deleted items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <source>Added %n demo customer(s) to %1.</source>
        <translation>
            <numerusform>Added %n demo customer to %1.</numerusform>
            <numerusform>Added %n demo customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message numerus="yes">
        <source>%n contact(s) already saved look like this one. Save it anyway, or open the existing one?</source>
        <translation>
            <numerusform>%n contact already saved looks like this one. Save it anyway, or open the existing one?</numerusform>
            <numerusform>%n contacts already saved look like this one. Save it anyway, or open the existing one?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already saved look like this one. Save it anyway, or open the existing one?</source>
        <translation>
            <numerusform>%n customer already saved looks like this one. Save it anyway, or open the existing one?</numerusform>
            <numerusform>%n customers already saved look like this one. Save it anyway, or open the existing one?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates found in %1 s.</source>
        <translation>
            <numerusform>%n group of likely duplicates found in %1 s.</numerusform>
            <numerusform>%n groups of likely duplicates found in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message numerus="yes">
        <source>%1 — %n record(s)</source>
        <translation>
            <numerusform>%1 — %n record</numerusform>
            <numerusform>%1 — %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n result. Enter opens it.</numerusform>
            <numerusform>%n results. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <source>%n record(s) look like records already saved or earlier in the file; they are imported all the same (listed as possible duplicates).</source>
        <translation>
            <numerusform>%n record looks like a record already saved or earlier in the file; it is imported all the same (listed as a possible duplicate).</numerusform>
            <numerusform>%n records look like records already saved or earlier in the file; they are imported all the same (listed as possible duplicates).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Normalised %1 &quot;%2&quot; to &quot;%3&quot; (%n rows).</source>
        <translation>
            <numerusform>Normalised %1 &quot;%2&quot; to &quot;%3&quot; (%n row).</numerusform>
            <numerusform>Normalised %1 &quot;%2&quot; to &quot;%3&quot; (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows look like records already saved or like earlier rows (imported all the same):</source>
        <translation>
            <numerusform>%n row looks like a record already saved or like an earlier row (imported all the same):</numerusform>
            <numerusform>%n rows look like records already saved or like earlier rows (imported all the same):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has at most %n decimal place.</numerusform>
            <numerusform>%1 has at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsCommand</name>
    <message numerus="yes">
        <source>%n lead(s) would be assigned; nothing was changed.</source>
        <translation>
            <numerusform>%n lead would be assigned; nothing was changed.</numerusform>
            <numerusform>%n leads would be assigned; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>%n lead assigned.</numerusform>
            <numerusform>%n leads assigned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lead(s) assigned by the rules.</source>
        <translation>
            <numerusform>%n lead assigned by the rules.</numerusform>
            <numerusform>%n leads assigned by the rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subsidiary(ies)</source>
        <translation>
            <numerusform>%n subsidiary</numerusform>
            <numerusform>%n subsidiaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter at most %n decimal.</numerusform>
            <numerusform>Enter at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message numerus="yes">
        <source>%n unread in your inbox</source>
        <translation>
            <numerusform>%n unread item in your inbox</numerusform>
            <numerusform>%n unread items in your inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DeskCRM: %n unread</source>
        <translation>
            <numerusform>DeskCRM: %n unread</numerusform>
            <numerusform>DeskCRM: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationInbox</name>
    <message numerus="yes">
        <source>%1 (%n days ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineSync</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) off</source>
        <translation>
            <numerusform>this computer&apos;s clock is %n minute off</numerusform>
            <numerusform>this computer&apos;s clock is %n minutes off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 created with %n row(s).</source>
        <translation>
            <numerusform>Replica %1 created with %n row.</numerusform>
            <numerusform>Replica %1 created with %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %1 sent, %2 received, %n new conflict(s).</source>
        <translation>
            <numerusform>Synchronised: %1 sent, %2 received, %n new conflict.</numerusform>
            <numerusform>Synchronised: %1 sent, %2 received, %n new conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineBoardPage</name>
    <message numerus="yes">
        <source>Last %n day(s); latest %1 shown</source>
        <translation>
            <numerusform>Last %n day; latest %1 shown</numerusform>
            <numerusform>Last %n days; latest %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed in the last %n day(s)</source>
        <translation>
            <numerusform>Closed in the last day</numerusform>
            <numerusform>Closed in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) closing %1 – %2 · total %3 · weighted forecast %4</source>
        <translation>
            <numerusform>%Ln open opportunity closing %1 – %2 · total %3 · weighted forecast %4</numerusform>
            <numerusform>%Ln open opportunities closing %1 – %2 · total %3 · weighted forecast %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open opportunity(s) · total %1 · weighted forecast %2</source>
        <translation>
            <numerusform>%Ln open opportunity · total %1 · weighted forecast %2</numerusform>
            <numerusform>%Ln open opportunities · total %1 · weighted forecast %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>time spent in the current stage</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message numerus="yes">
        <source>This stage still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>This stage still holds %n opportunity; move it first.</numerusform>
            <numerusform>This stage still holds %n opportunities; move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; still holds %n opportunities; move them first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; still holds %n opportunity; move it first.</numerusform>
            <numerusform>The stage &quot;%1&quot; still holds %n opportunities; move them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>%n change recorded.</numerusform>
            <numerusform>%n changes recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln products</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contracts</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln competitors</source>
        <translation>
            <numerusform>%Ln competitor</numerusform>
            <numerusform>%Ln competitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found in the restored database.</source>
        <translation>
            <numerusform>%n problem found in the restored database.</numerusform>
            <numerusform>%n problems found in the restored database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTargetsDialog</name>
    <message numerus="yes">
        <source>%n target(s) of inactive reps or deleted teams are not shown.</source>
        <translation>
            <numerusform>%n target of an inactive rep or deleted team is not shown.</numerusform>
            <numerusform>%n targets of inactive reps or deleted teams are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message numerus="yes">
        <source>The search index lacks %n record(s) of %1.</source>
        <translation>
            <numerusform>The search index lacks %n record of %1.</numerusform>
            <numerusform>The search index lacks %n records of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search index holds old text of %n record(s) of %1.</source>
        <translation>
            <numerusform>The search index holds old text of %n record of %1.</numerusform>
            <numerusform>The search index holds old text of %n records of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search index holds %n record(s) of %1 that are deleted or gone.</source>
        <translation>
            <numerusform>The search index holds %n record of %1 that is deleted or gone.</numerusform>
            <numerusform>The search index holds %n records of %1 that are deleted or gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceSummaries</name>
    <message numerus="yes">
        <source>The service report summary %1 does not match the tickets (%n row(s) differ): rebuild it with &quot;deskcrm-cli check --rebuild-summaries&quot;.</source>
        <translation>
            <numerusform>The service report summary %1 does not match the tickets (%n row differs): rebuild it with &quot;deskcrm-cli check --rebuild-summaries&quot;.</numerusform>
            <numerusform>The service report summary %1 does not match the tickets (%n rows differ): rebuild it with &quot;deskcrm-cli check --rebuild-summaries&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>Replica %1 created: %n row(s).</source>
        <translation>
            <numerusform>Replica %1 created: %n row.</numerusform>
            <numerusform>Replica %1 created: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message numerus="yes">
        <source>%n change(s) of yours met a different change on the server. The server&apos;s value is in use until you decide; you can also close this and decide later.</source>
        <translation>
            <numerusform>%n change of yours met a different change on the server. The server&apos;s value is in use until you decide; you can also close this and decide later.</numerusform>
            <numerusform>%n changes of yours met a different change on the server. The server&apos;s value is in use until you decide; you can also close this and decide later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message numerus="yes">
        <source>This replica has not synchronised for more than %n day(s) and must be created again from the server. Its unsent changes are kept for review.</source>
        <translation>
            <numerusform>This replica has not synchronised for more than %n day and must be created again from the server. Its unsent changes are kept for review.</numerusform>
            <numerusform>This replica has not synchronised for more than %n days and must be created again from the server. Its unsent changes are kept for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <source>%1 (%n days overdue)</source>
        <translation>
            <numerusform>%1 (%n day overdue)</numerusform>
            <numerusform>%1 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n due, of them %1 overdue</source>
        <translation>
            <numerusform>%n due, of them %1 overdue</numerusform>
            <numerusform>%n due, of them %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message numerus="yes">
        <source>%1 can no longer sign in; %n record(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 can no longer sign in; %n record now belongs to %2.</numerusform>
            <numerusform>%1 can no longer sign in; %n records now belong to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>%1 can no longer sign in; %n record(s) now belong to %2.</source>
        <translation>
            <numerusform>%1 can no longer sign in; %n record now belongs to %2.</numerusform>
            <numerusform>%1 can no longer sign in; %n records now belong to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>The workbook has %n sheet(s); there is no sheet number %1.</source>
        <translation>
            <numerusform>The workbook has %n sheet; there is no sheet number %1.</numerusform>
            <numerusform>The workbook has %n sheets; there is no sheet number %1.</numerusform>
        </translation>
    </message>
</context>
</TS>

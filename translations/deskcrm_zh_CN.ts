<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot register the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was written by a newer DeskCRM (schema version %1; this program knows up to version %2). It was not changed. Please update DeskCRM to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; the database was left as it was.
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

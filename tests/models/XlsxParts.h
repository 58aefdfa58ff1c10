#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <minizip/zip.h>

// Workbook parts written by hand for TestXlsxReader (kept out of the test's moc-scanned file: raw strings).
namespace XlsxParts {
// A zip of the given parts (method 0: stored, Z_DEFLATED: compressed).
inline bool writeZip(const QString& file, const QList<QPair<QString, QByteArray>>& parts, int method = 8)
{
    zipFile zip = zipOpen64(QFile::encodeName(file).constData(), 0);
    if (!zip)
        return false;
    for (const auto& [name, data] : parts) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, method,
                                method ? 6 : 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK)
            return false;
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

// The parts of a minimal workbook around the given sheet XML(s).
inline QList<QPair<QString, QByteArray>> handMade(const QByteArray& workbookExtra, const QList<QByteArray>& sheets,
                                                  const QByteArray& sharedStrings, const QByteArray& styles,
                                                  const QByteArray& sheetAttributes = {})
{
    QByteArray rels =
        R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    QByteArray list;
    QList<QPair<QString, QByteArray>> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        rels +=
            QString::fromUtf8(
                R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet%1.xml"/>)")
                .arg(i + 1)
                .toUtf8();
        list += QString::fromUtf8(R"(<sheet name="Sheet%1" sheetId="%1" r:id="rId%1" %2/>)")
                    .arg(i + 1)
                    .arg(i == 0 ? QString::fromUtf8(sheetAttributes) : QString())
                    .toUtf8();
        parts << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets[i]);
    }
    rels +=
        R"(<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
    parts
        << qMakePair(
               QStringLiteral("_rels/.rels"),
               QByteArray(
                   R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"))
        << qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"), rels)
        << qMakePair(
               QStringLiteral("xl/workbook.xml"),
               R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
                   workbookExtra + "<sheets>" + list + "</sheets></workbook>")
        << qMakePair(QStringLiteral("xl/sharedStrings.xml"), sharedStrings)
        << qMakePair(QStringLiteral("xl/styles.xml"), styles);
    return parts;
}

inline QByteArray handMadeStyles()
{
    return R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="31"/><xf numFmtId="2"/></cellXfs></styleSheet>)";
}

inline QByteArray handMadeSharedStrings()
{
    return R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>姓名</t></si><si><r><t>田中</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 浩</t></r><rPh sb="0" eb="2"><t>タナカ</t></rPh></si><si><t>Date</t></si></sst>)";
}

inline QByteArray hiddenSheet()
{
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>secret</t></is></c></row></sheetData></worksheet>)";
}

inline QByteArray part3()
{
    return R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>)";
}

inline QByteArray part4()
{
    return R"(<x:row r="2"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Amount</x:t></x:is></x:c></x:row>)";
}

inline QByteArray part5()
{
    return R"(<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c r="C3" s="3"><x:v>1234.5</x:v></x:c></x:row>)";
}

inline QByteArray part6()
{
    return R"(<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:r><x:t>Ann</x:t></x:r><x:r><x:t>a Li</x:t></x:r></x:is></x:c><x:c r="B4" s="2"><x:v>45000</x:v></x:c><x:c r="C4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>)";
}

inline QByteArray part7()
{
    return R"(<x:row><x:c r="A5" t="str"><x:v>Bob</x:v></x:c><x:c r="B5" t="d"><x:v>2024-02-29</x:v></x:c><x:c r="E5"><x:v>7</x:v></x:c></x:row>)";
}

inline QByteArray part8()
{
    return R"(<x:row r="9"><x:c r="A9" t="s"><x:v>99</x:v></x:c></x:row>)";
}

inline QByteArray part9()
{
    return R"(</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>)";
}

inline QByteArray date1904()
{
    return R"(<workbookPr date1904="1"/>)";
}

inline QByteArray hiddenState()
{
    return R"(state="hidden")";
}

inline QByteArray date1900Styles()
{
    return R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";
}

inline QByteArray part13()
{
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row>)";
}

inline QByteArray part14()
{
    return R"(<row r="2"><c r="A2" s="1"><v>1</v></c></row><row r="3"><c r="A3" s="1"><v>61</v></c></row><row r="4"><c r="A4" s="1"><v>45292.9999999999</v></c></row></sheetData></worksheet>)";
}

inline QByteArray noSharedStrings()
{
    return R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>)";
}

inline QByteArray brokenSheet()
{
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></roq></sheetData></worksheet>)";
}
} // namespace XlsxParts

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Koso::XlsxReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Excel workbook.</source>
        <translation>%1 は空のファイルです。Excel ブックではありません。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls) or another old Office file, not an .xlsx workbook. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>%1 は Excel 97–2003 形式（.xls）などの古い Office ファイルで、.xlsx ブックではありません。Excel で開き、「Excel ブック（.xlsx）」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is password-protected. Remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>%1 はパスワードで保護されています。Excel でパスワードを解除し（ファイル &gt; 情報 &gt; ブックの保護）、保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is a text file (for example CSV), not an Excel workbook (.xlsx).</source>
        <translation>%1 はテキストファイル（CSV など）で、Excel ブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません（zip 形式ではありません）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (a truncated or corrupted zip archive: %2).</source>
        <translation>%1 は破損しているか、途中までしかありません（zip の破損または欠落: %2）。</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>ブックが開かれていません。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook (%2).</source>
        <translation>%1 は zip ファイルですが Excel ブックではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: cannot read %2 (%3).</source>
        <translation>%1 は破損しています。%2 を読み込めません（%3）。</translation>
    </message>
    <message>
        <source>it is a Word document</source>
        <translation>Word 文書です</translation>
    </message>
    <message>
        <source>it is an OpenDocument file; save it as .xlsx</source>
        <translation>OpenDocument 形式です。.xlsx 形式で保存し直してください</translation>
    </message>
    <message>
        <source>it has no xl/workbook.xml</source>
        <translation>xl/workbook.xml がありません</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is missing</source>
        <translation>シート「%1」がありません</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: %3</source>
        <translation>%1 のシート「%2」: %3</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 には %2 番目のシートがありません。</translation>
    </message>
    <message>
        <source>cannot read the sheet (%1)</source>
        <translation>シートを読み込めません（%1）</translation>
    </message>
    <message>
        <source>after row %1</source>
        <translation>%1 行目の後</translation>
    </message>
    <message>
        <source>before its first row</source>
        <translation>先頭行の前</translation>
    </message>
    <message>
        <source>the file is damaged (%1) %2</source>
        <translation>ファイルが破損しています（%1、%2）</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged %1 (%2)</source>
        <translation>シートの XML が破損しています（%1、%2）</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>ファイルが破損しています（%1）</translation>
    </message>
    <message>
        <source>row %1 has a malformed cell reference &quot;%2&quot;</source>
        <translation>%1 行目のセル参照「%2」が不正です</translation>
    </message>
    <message>
        <source>cell %1%2 holds &quot;%3&quot; where a number belongs</source>
        <translation>セル %1%2 には数値が入るべきところに「%3」があります</translation>
    </message>
    <message>
        <source>cell %1%2 refers to a shared string that does not exist</source>
        <translation>セル %1%2 が存在しない共有文字列を参照しています</translation>
    </message>
</context>
</TS>

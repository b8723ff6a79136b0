<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Koso::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>No dataset given (use --db FILE).</source>
        <translation>データセットが指定されていません（--db FILE で指定してください）。</translation>
    </message>
</context>
<context>
    <name>Koso::CommandLineTool</name>
    <message>
        <source>Usage: koso COMMAND [options]
Koso Planner command-line tool: the desktop program&apos;s operations for automation and batch work.

Commands:
</source>
        <translation>使い方: koso コマンド [オプション]
地域医療構想プランナーのコマンドラインツール：デスクトップ版と同じ操作を自動処理・一括処理で行います。

コマンド:
</translation>
    </message>
    <message>
        <source>
Global options: --lang ja|en, --version, --help.
Run &quot;koso COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
共通オプション: --lang ja|en, --version, --help
各コマンドのオプションは &quot;koso コマンド --help&quot; で表示します。
</translation>
    </message>
    <message>
        <source>koso: unknown command &quot;%1&quot;; run &quot;koso --help&quot; for the list.</source>
        <translation>koso: 「%1」というコマンドはありません。一覧は &quot;koso --help&quot; で表示します。</translation>
    </message>
</context>
<context>
    <name>Koso::Dataset</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 は既に存在します。別の名前を指定するか、先に削除してください。</translation>
    </message>
    <message>
        <source>Unknown prefecture code %1.</source>
        <translation>都道府県コード %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a Koso Planner dataset (it is not an SQLite database).</source>
        <translation>%1 は地域医療構想プランナーのデータセットではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Koso Planner dataset.</source>
        <translation>%1 は他のプログラムの SQLite データベースで、地域医療構想プランナーのデータセットではありません。</translation>
    </message>
    <message>
        <source>%1 was created by a newer Koso Planner (schema %2); this version reads up to %3.</source>
        <translation>%1 は新しいバージョンの地域医療構想プランナーで作成されています（スキーマ %2）。このバージョンで読めるのはスキーマ %3 までです。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Qt の SQLite ドライバ（QSQLITE）が利用できません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1 の設定に失敗しました: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading the dataset: %2</source>
        <translation>データセットの更新前にバックアップ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>このビルドにはスキーマ移行 %1 が含まれていません。</translation>
    </message>
    <message>
        <source>Cannot start upgrading the dataset to schema %1: %2</source>
        <translation>データセットをスキーマ %1 へ更新する処理を開始できません: %2</translation>
    </message>
    <message>
        <source>Upgrading the dataset to schema %1 failed: %2</source>
        <translation>データセットのスキーマ %1 への更新に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Koso::FigureStore</name>
    <message>
        <source>Unknown bed function %1.</source>
        <translation>病床機能 %1 は定義されていません。</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalStore</name>
    <message>
        <source>Unknown bed function %1.</source>
        <translation>病床機能 %1 は定義されていません。</translation>
    </message>
</context>
<context>
    <name>Koso::JapaneseDate</name>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
</context>
<context>
    <name>Koso::TableReader</name>
    <message>
        <source>%1 is neither UTF-8 nor Shift_JIS text; save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 は UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8」形式で保存し直してください。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1 の %2 行目: 引用符で始まる項目が閉じられていません。</translation>
    </message>
    <message>
        <source>%1 has no visible worksheet.</source>
        <translation>%1 には表示されているシートがありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) or password-protected workbook; save it as .xlsx or CSV.</source>
        <translation>%1 は旧形式の Excel ファイル（.xls）か、パスワードで保護されたブックです。.xlsx または CSV で保存し直してください。</translation>
    </message>
</context>
<context>
    <name>Koso::TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a .csv or .xlsx file name.</source>
        <translation>%1 には出力できません。拡張子 .csv または .xlsx のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 に書き込めません: フォルダが存在しません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
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

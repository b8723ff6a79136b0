<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Koso::AboutDialog</name>
    <message>
        <source>About Koso Planner</source>
        <translation>Koso Planner について</translation>
    </message>
    <message>
        <source>Koso Planner %1</source>
        <translation>Koso Planner %1</translation>
    </message>
    <message>
        <source>A planner&apos;s workbench for the Regional Medical Care Vision: MHLW&apos;s bed function figures, hospitals&apos; response policies, coordination councils and the prefecture&apos;s checklist, in one dataset file that stays on this PC.</source>
        <translation>地域医療構想の推進を担う都道府県職員のための作業ツールです。厚生労働省の病床機能報告等のデータ、医療機関の対応方針、地域医療構想調整会議、都道府県のチェックリストを、このパソコン内の一つのデータセットファイルで扱います。</translation>
    </message>
    <message>
        <source>Koso Planner is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Koso Planner はフリーソフトウェアです。Free Software Foundation が公表した GNU 一般公衆利用許諾書（GNU General Public License）のバージョン3、または（任意で）それ以降のバージョンの条件の下で、再頒布や改変ができます。本ソフトウェアは無保証です。</translation>
    </message>
    <message>
        <source>Built with Qt %1. Qt Charts is used under the GNU General Public License version 3; the other Qt modules under the GNU Lesser General Public License version 3.</source>
        <translation>Qt %1 を使用しています。Qt Charts は GNU General Public License バージョン3、その他の Qt モジュールは GNU Lesser General Public License バージョン3 の下で使用しています。</translation>
    </message>
    <message>
        <source>The bed figures in the demo dataset are fictional; the national totals in it are MHLW&apos;s published figures.</source>
        <translation>デモ用データセットの病床数は架空のものです（全国の数値は厚生労働省の公表値です）。</translation>
    </message>
</context>
<context>
    <name>Koso::BedOverview</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
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
    <name>Koso::DemoCommand</name>
    <message>
        <source>Write the demo dataset of the fictional サンプル県 (or a national-size one).</source>
        <translation>架空の「サンプル県」のデモ用データセット（または全国規模のもの）を作成します。</translation>
    </message>
    <message>
        <source>Write the dataset to FILE.</source>
        <translation>データセットを FILE に書き出します。</translation>
    </message>
    <message>
        <source>Write a synthetic national-size dataset (47 prefectures, 339 regions, about 8,000 hospitals) for benchmarks instead.</source>
        <translation>代わりに、性能測定用の全国規模の合成データセット（47都道府県、339構想区域、約8,000医療機関）を作成します。</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE が既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>Unexpected argument %1; give the file with --out FILE.</source>
        <translation>想定外の引数 %1 があります。出力先は --out FILE で指定してください。</translation>
    </message>
    <message>
        <source>No output file given: koso demo --out FILE.</source>
        <translation>出力先が指定されていません: koso demo --out FILE</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 は既に存在します。置き換える場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き出せません: %2</translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s: %3 prefectures, %4 regions, %5 hospitals and clinics, %6 editions (home prefecture %7 %8).</source>
        <translation>%1 を作成しました（%2 秒）: %3 都道府県、%4 構想区域、%5 医療機関（有床診療所を含む）、%6 版（対象都道府県 %7 %8）。</translation>
    </message>
</context>
<context>
    <name>Koso::DemoGenerator</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot move the new dataset into place as %1.</source>
        <translation>作成したデータセットを %1 として配置できません。</translation>
    </message>
    <message>
        <source>The demo dataset needs home prefecture %1, not %2.</source>
        <translation>デモ用データセットの対象都道府県は %1 である必要があります（%2 ではありません）。</translation>
    </message>
    <message>
        <source>Writing the demo data failed at step &quot;%1&quot;: %2</source>
        <translation>デモ用データの作成が「%1」の段階で失敗しました: %2</translation>
    </message>
    <message>
        <source>Prefecture %1 is missing.</source>
        <translation>都道府県 %1 がありません。</translation>
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
    <name>Koso::InfoCommand</name>
    <message>
        <source>Show a dataset&apos;s schema version, home prefecture and counts.</source>
        <translation>データセットのスキーマ版、対象都道府県、件数を表示します。</translation>
    </message>
    <message>
        <source>Print the summary as JSON (keys schema_version, home_prefecture, prefectures, regions, hospitals, editions).</source>
        <translation>概要を JSON で出力します（キー: schema_version, home_prefecture, prefectures, regions, hospitals, editions）。</translation>
    </message>
    <message>
        <source>The dataset (.koso).</source>
        <translation>データセット（.koso）。</translation>
    </message>
    <message>
        <source>No dataset given: koso info FILE.</source>
        <translation>データセットが指定されていません: koso info FILE</translation>
    </message>
    <message>
        <source>koso info takes one dataset, not %1.</source>
        <translation>koso info に指定できるデータセットは1つです（%1 個指定されました）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマ版</translation>
    </message>
    <message>
        <source>Home prefecture</source>
        <translation>対象都道府県</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>都道府県数</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>構想区域数</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関数</translation>
    </message>
    <message>
        <source>%1 (of which %2 clinics with beds)</source>
        <translation>%1（うち有床診療所 %2）</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>公表データの版</translation>
    </message>
    <message>
        <source>Upgraded to the current schema; the previous file is kept as %1.</source>
        <translation>現在のスキーマに更新しました。更新前のファイルは %1 に保存してあります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>Koso::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies when Koso Planner starts next time.</source>
        <translation>新しい言語は、次回 Koso Planner を起動したときから適用されます。</translation>
    </message>
</context>
<context>
    <name>Koso::MainWindow</name>
    <message>
        <source>Regions</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>データセットの新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Dataset &amp;Information…</source>
        <translation>データセットの情報(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Koso Planner</source>
        <translation>Koso Planner について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>操作の履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>データセットを開けません</translation>
    </message>
    <message>
        <source>Koso Planner cannot open %1.

%2</source>
        <translation>%1 を開けません。

%2</translation>
    </message>
    <message>
        <source>The dataset was upgraded to this version; the previous file is kept as %1.</source>
        <translation>データセットをこのバージョン用に更新しました。更新前のファイルは %1 に保存してあります。</translation>
    </message>
    <message>
        <source>Koso Planner</source>
        <translation>Koso Planner</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>データセットが開かれていません</translation>
    </message>
    <message>
        <source>%1 — Koso Planner</source>
        <translation>%1 — Koso Planner</translation>
    </message>
    <message>
        <source>Cannot Create Dataset</source>
        <translation>データセットを作成できません</translation>
    </message>
    <message>
        <source>Koso Planner cannot create %1.

%2</source>
        <translation>%1 を作成できません。

%2</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>データセットを開く</translation>
    </message>
    <message>
        <source>Koso Planner datasets (*.koso);;All files (*)</source>
        <translation>Koso Planner データセット (*.koso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Dataset Information</source>
        <translation>データセットの情報</translation>
    </message>
    <message>
        <source>Home prefecture: %1 %2
Regions: %3 in %4 prefectures
Hospitals: %5 (of which %6 clinics with beds)
Editions: %7
Schema version: %8</source>
        <translation>対象都道府県: %1 %2
構想区域: %3（%4 都道府県）
医療機関: %5（うち有床診療所 %6）
版: %7
スキーマ版: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Koso::NewDatasetDialog</name>
    <message>
        <source>New Dataset</source>
        <translation>データセットの新規作成</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>A dataset holds one prefecture&apos;s data: its regions, hospitals and the MHLW figures you import. Other prefectures&apos; figures can be imported for comparison.</source>
        <translation>データセットには、1つの都道府県のデータ（構想区域、医療機関、取り込んだ厚生労働省の数値）を保存します。比較のため、他の都道府県の数値も取り込めます。</translation>
    </message>
    <message>
        <source>Home prefecture:</source>
        <translation>対象都道府県:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Koso Planner datasets (*.koso)</source>
        <translation>Koso Planner データセット (*.koso)</translation>
    </message>
    <message>
        <source>Choose where to save the dataset.</source>
        <translation>データセットの保存先を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 は既に存在します。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Koso::PlannerLauncher</name>
    <message>
        <source>Koso Planner: the Regional Medical Care Vision planner for prefectural offices.</source>
        <translation>Koso Planner: 都道府県のための地域医療構想プランナー</translation>
    </message>
    <message>
        <source>The dataset (.koso) to open.</source>
        <translation>開くデータセット（.koso）。</translation>
    </message>
    <message>
        <source>Use this language for this run: ja or en.</source>
        <translation>今回の起動で使う言語（ja または en）。</translation>
    </message>
    <message>
        <source>Open the demo dataset of the fictional サンプル県 (created on first use).</source>
        <translation>架空の「サンプル県」のデモ用データセットを開きます（初回に作成します）。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>メインウィンドウを PNG ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>Print the time until the main window is shown, and quit.</source>
        <translation>メインウィンドウが表示されるまでの時間を出力して終了します。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use --lang ja or --lang en.</source>
        <translation>不明な言語「%1」です。--lang ja または --lang en を指定してください。</translation>
    </message>
    <message>
        <source>Give one dataset to open, not %1.</source>
        <translation>開くデータセットは1つだけ指定してください（%1 個指定されました）。</translation>
    </message>
    <message>
        <source>Give either a dataset or --demo, not both.</source>
        <translation>データセットと --demo は同時に指定できません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The demo dataset %1 cannot be written: %2</source>
        <translation>デモ用データセット %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>Koso::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったデータセット(&amp;R)</translation>
    </message>
    <message>
        <source>No recent datasets</source>
        <translation>最近使ったデータセットはありません</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
</context>
<context>
    <name>Koso::RegionOverviewModel</name>
    <message>
        <source>Closed or unreported wards: not part of the total.</source>
        <translation>休棟中・未報告等の病棟です。合計には含みません。</translation>
    </message>
    <message>
        <source>Planned beds minus required beds.</source>
        <translation>見込量から必要量を差し引いた数です。</translation>
    </message>
    <message>
        <source>Reported
(%1)</source>
        <translation>病床機能報告
（%1年）</translation>
    </message>
    <message>
        <source>Planned
(%1)</source>
        <translation>見込量
（%1年）</translation>
    </message>
    <message>
        <source>Required
(%1)</source>
        <translation>必要量
（%1年）</translation>
    </message>
    <message>
        <source>Planned minus
required</source>
        <translation>見込量と
必要量の差</translation>
    </message>
</context>
<context>
    <name>Koso::RegionOverviewPage</name>
    <message>
        <source>Bed function report totals and required beds are computed differently and cannot be compared directly.</source>
        <translation>※病床機能報告の集計と病床の必要量は算定方法が異なり、単純比較はできない。</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>This dataset has no regions of %1 yet.
Import MHLW&apos;s workbooks to fill it.</source>
        <translation>このデータセットには、まだ%1の構想区域がありません。
厚生労働省の公表データを取り込んでください。</translation>
    </message>
    <message>
        <source>%1 (whole prefecture)</source>
        <translation>%1（全体）</translation>
    </message>
    <message>
        <source>Region %1, population %2</source>
        <translation>構想区域 %1、人口 %2人</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>構想区域 %1</translation>
    </message>
    <message>
        <source>No bed figures for this area yet.</source>
        <translation>この区域の病床数はまだありません。</translation>
    </message>
    <message>
        <source>Reported beds as of 1 July %1 (bed function report).</source>
        <translation>病床機能報告は%1年7月1日時点。</translation>
    </message>
    <message>
        <source>Reported beds as of 1 July %1 (bed function report); source: %2 edition.</source>
        <translation>病床機能報告は%1年7月1日時点。出典: %2公表データ。</translation>
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
    <name>Koso::WelcomePage</name>
    <message>
        <source>Koso Planner</source>
        <translation>Koso Planner</translation>
    </message>
    <message>
        <source>Open a dataset, or create a new one for your prefecture and import MHLW&apos;s workbooks into it. You can also drop a .koso file on this window.</source>
        <translation>データセットを開くか、都道府県のデータセットを新規作成して厚生労働省の公表データを取り込んでください。.koso ファイルをこのウィンドウにドロップしても開けます。</translation>
    </message>
    <message>
        <source>New Dataset…</source>
        <translation>データセットの新規作成…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Recent datasets:</source>
        <translation>最近使ったデータセット:</translation>
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

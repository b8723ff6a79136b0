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
    <name>Koso::AnalysisPages</name>
    <message>
        <source>Prefecture dashboard</source>
        <translation>都道府県の病床数</translation>
    </message>
    <message>
        <source>Region analysis</source>
        <translation>構想区域の分析</translation>
    </message>
    <message>
        <source>&amp;Print Prefecture Report…</source>
        <translation>都道府県の報告書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Prefecture Report as P&amp;DF…</source>
        <translation>都道府県の報告書を PDF で保存(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Koso::AnalysisText</name>
    <message>
        <source>MHLW: the bed function report totals and the required beds are computed differently and must not be compared naively; discuss them in the coordination council after detailed analysis. The reporting rate differs by year.</source>
        <translation>※病床機能報告の集計結果と将来の病床数の必要量は計算方法が異なることから、単純に比較するのではなく、詳細な分析や検討を行った上で地域医療構想調整会議で協議を行うことが重要（厚生労働省）。報告率は年により異なる。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 Reporting rate: %2.</source>
        <translation>%1報告率：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reporting rate by year: %1</source>
        <translation>年別の報告率：%1</translation>
    </message>
    <message>
        <source>Source: MHLW &quot;Bed Function Report&quot; and others</source>
        <translation>出典: 厚生労働省「病床機能報告」ほか</translation>
    </message>
    <message>
        <source>Source: MHLW &quot;Bed Function Report&quot; and others (%1 edition)</source>
        <translation>出典: 厚生労働省「病床機能報告」ほか（%1公表）</translation>
    </message>
    <message>
        <source>beds</source>
        <comment>unit</comment>
        <translation>床</translation>
    </message>
    <message>
        <source>Unit: beds</source>
        <translation>単位：床</translation>
    </message>
    <message>
        <source>%1 beds</source>
        <translation>%1床</translation>
    </message>
    <message>
        <source>Over the need</source>
        <translation>必要量を上回る</translation>
    </message>
    <message>
        <source>Under the need</source>
        <translation>必要量を下回る</translation>
    </message>
    <message>
        <source>Within the threshold</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>比較不可</translation>
    </message>
    <message>
        <source>%1 %2 region</source>
        <translation>%1 %2構想区域</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>見込量</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要量</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year</comment>
        <translation>%1年</translation>
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
    <name>Koso::ChartCommand</name>
    <message>
        <source>Export a chart of the gap analysis as PNG, SVG or PDF.</source>
        <translation>病床数の比較グラフを PNG、SVG または PDF で出力します。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれか：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The dataset file.</source>
        <translation>データセットファイル。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The region (4-digit code) of a region chart.</source>
        <translation>構想区域のグラフの対象区域（4桁のコード）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The prefecture (2-digit code) of a prefecture chart.</source>
        <translation>都道府県のグラフの対象都道府県（2桁のコード）。</translation>
    </message>
    <message>
        <source>The file to write (.png, .svg, .pdf).</source>
        <translation>出力するファイル（.png、.svg、.pdf）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size in pixels, WIDTHxHEIGHT (default 1920x1080).</source>
        <translation>ピクセル単位の大きさ（幅x高さ、既定は 1920x1080）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 144: 1920x1080 is then a 13.33 × 7.5 in slide). --lang ja|en chooses the language.</source>
        <translation>解像度（DPI。既定は 144 で、1920x1080 がワイド画面のスライド 13.33 × 7.5 インチに相当）。--lang ja|en で言語を選べます。</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Name one chart kind: %1.</source>
        <translation>グラフの種類を一つ指定してください：%1。</translation>
    </message>
    <message>
        <source>Unknown chart kind &quot;%1&quot;; use one of: %2.</source>
        <translation>グラフの種類「%1」はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Give either --region or --prefecture, not both.</source>
        <translation>--region と --prefecture はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>The chart %1 needs --region CODE.</source>
        <translation>グラフ %1 には --region コード が必要です。</translation>
    </message>
    <message>
        <source>The chart %1 needs --prefecture CODE.</source>
        <translation>グラフ %1 には --prefecture コード が必要です。</translation>
    </message>
    <message>
        <source>No output file given (use --out FILE.png|.svg|.pdf).</source>
        <translation>出力ファイルが指定されていません（--out ファイル.png|.svg|.pdf）。</translation>
    </message>
    <message>
        <source>Cannot read the size &quot;%1&quot;; write it as 1920x1080.</source>
        <translation>大きさ「%1」を読み取れません。1920x1080 のように指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the resolution &quot;%1&quot;.</source>
        <translation>解像度「%1」を読み取れません。</translation>
    </message>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1 にグラフを出力できません。ファイル名の拡張子は .png、.svg、.pdf のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を出力しました。</translation>
    </message>
</context>
<context>
    <name>Koso::ChartExportDialog</name>
    <message>
        <source>Slide 16:9 (1920×1080, 144 DPI)</source>
        <translation>スライド 16:9（1920×1080、144 DPI）</translation>
    </message>
    <message>
        <source>Slide 4:3 (1440×1080, 144 DPI)</source>
        <translation>スライド 4:3（1440×1080、144 DPI）</translation>
    </message>
    <message>
        <source>A4 landscape for print (3508×2480, 300 DPI)</source>
        <translation>印刷用 A4 横（3508×2480、300 DPI）</translation>
    </message>
    <message>
        <source>Half A4 for a document (1654×1169, 200 DPI)</source>
        <translation>資料用 A4 半面（1654×1169、200 DPI）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフの出力</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File (.png, .svg, .pdf):</source>
        <translation>ファイル（.png、.svg、.pdf）：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>既定の大きさ：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大きさ：</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度：</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <source>%1 × %2 mm (text at its point size on a page of this size)</source>
        <translation>%1 × %2 mm（この大きさの用紙で文字が指定のポイント数になります）</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG ベクター画像 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Koso::ChartExporter</name>
    <message>
        <source>Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1 にグラフを出力できません。ファイル名の拡張子は .png、.svg、.pdf のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The image size %1×%2 is out of range (16 to 20,000 pixels).</source>
        <translation>画像の大きさ %1×%2 は範囲外です（16〜20,000 ピクセル）。</translation>
    </message>
    <message>
        <source>The resolution %1 DPI is out of range (36 to 2,400).</source>
        <translation>解像度 %1 DPI は範囲外です（36〜2,400）。</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>グラフを描画できませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>Koso::ChartFactory</name>
    <message>
        <source>Beds</source>
        <translation>病床数（床）</translation>
    </message>
    <message>
        <source>%1: beds by function</source>
        <translation>%1 病床機能別病床数の推移</translation>
    </message>
    <message>
        <source>%1: trend (dashed: required %2; ▲: planned %3)</source>
        <translation>%1 推移（破線：%2年必要量、▲：%3年見込量）</translation>
    </message>
    <message>
        <source>Year (as of 1 July)</source>
        <translation>年（各年7月1日時点）</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 必要量</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 見込量</translation>
    </message>
    <message>
        <source>Required %1</source>
        <translation>%1年 必要量</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>%1年 見込量</translation>
    </message>
    <message>
        <source>%1: latest, planned and required beds</source>
        <translation>%1 最新報告・見込量・必要量</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>%1年 報告</translation>
    </message>
    <message>
        <source>%1: reported and required beds by region</source>
        <translation>%1 構想区域別の報告病床数と必要量</translation>
    </message>
    <message>
        <source>Upper bar: reported %1; lower, paler bar: required %2</source>
        <translation>上段：%1年報告、下段（淡色）：%2年必要量</translation>
    </message>
    <message>
        <source>%1: which facilities hold each function&apos;s beds</source>
        <translation>%1 病床機能別の医療機関の内訳</translation>
    </message>
    <message>
        <source>Others (%1 facilities)</source>
        <translation>その他（%1施設）</translation>
    </message>
    <message>
        <source>%1: beds per 100,000 population by function</source>
        <translation>%1 人口10万人当たり病床数</translation>
    </message>
    <message>
        <source>%1 reported %2</source>
        <translation>%1 %2年報告</translation>
    </message>
    <message>
        <source>%1 required %2</source>
        <translation>%1 %2年必要量</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>%1 報告</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Median of the other prefectures</source>
        <translation>他の都道府県の中央値</translation>
    </message>
    <message>
        <source>Beds per 100,000 population</source>
        <translation>人口10万人当たり病床数（床）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>%1公表データ</translation>
    </message>
    <message>
        <source>reported %1, planned %2, required %3</source>
        <translation>%1年病床機能報告・%2年見込量・%3年必要量</translation>
    </message>
    <message>
        <source>%1: beds by function, %2–%3</source>
        <translation>%1 病床機能別病床数の推移（%2年〜%3年）</translation>
    </message>
    <message>
        <source>%1: latest, planned and required beds by function</source>
        <translation>%1 病床機能別の最新報告・見込量・必要量</translation>
    </message>
    <message>
        <source>%1: reported (%2) and required (%3) beds by region and function</source>
        <translation>%1 構想区域別・病床機能別の病床数（%2年報告）と必要量（%3年）</translation>
    </message>
    <message>
        <source>reported %1, required %2</source>
        <translation>%1年病床機能報告・%2年必要量</translation>
    </message>
    <message>
        <source>%1: beds by function and facility</source>
        <translation>%1 医療機関別・病床機能別の病床数</translation>
    </message>
    <message>
        <source>%1 hospitals and %2 clinics with beds; 休棟中等 = closed or unreported wards</source>
        <translation>一般病院 %1・有床診療所 %2。休棟中等＝休棟中・未報告等の病棟</translation>
    </message>
    <message>
        <source>%1: beds per 100,000 population by function, compared with the nation</source>
        <translation>%1 人口10万人当たり病床機能別病床数（全国との比較）</translation>
    </message>
    <message>
        <source>Unit: beds per 100,000 population</source>
        <translation>単位：人口10万人当たり床</translation>
    </message>
    <message>
        <source>%1 Population: 2020 census.</source>
        <translation>%1&#x3000;人口：2020年国勢調査。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ／ %2</translation>
    </message>
    <message>
        <source>%1 No value (drawn as 0): %2.</source>
        <translation>%1数値なし（グラフ上は0）：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>There is no region %1 in this dataset.</source>
        <translation>このデータセットに構想区域 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset lists no facilities in region %1 %2.</source>
        <translation>このデータセットには構想区域 %1 %2 の医療機関がありません。</translation>
    </message>
    <message>
        <source>The dataset holds no bed figures for region %1 %2.</source>
        <translation>このデータセットには構想区域 %1 %2 の病床数がありません。</translation>
    </message>
    <message>
        <source>There is no prefecture %1 in this dataset.</source>
        <translation>このデータセットに都道府県 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset holds no regions of %1 %2.</source>
        <translation>このデータセットには %1 %2 の構想区域がありません。</translation>
    </message>
</context>
<context>
    <name>Koso::ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>出力…</translation>
    </message>
    <message>
        <source>Save the chart with its title, source and caveat as PNG, SVG or PDF</source>
        <translation>グラフを表題・出典・注記とともに PNG、SVG または PDF で保存します</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the chart as a slide-sized image</source>
        <translation>グラフをスライド大の画像としてコピーします</translation>
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
    <name>Koso::FunctionGapModel</name>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>%1年 報告</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>%1年 見込量</translation>
    </message>
    <message>
        <source>Required %1</source>
        <translation>%1年 必要量</translation>
    </message>
    <message>
        <source>Reported − required</source>
        <translation>報告−必要量</translation>
    </message>
    <message>
        <source>Planned − required</source>
        <translation>見込量−必要量</translation>
    </message>
    <message>
        <source>Reported ÷ required</source>
        <translation>報告／必要量</translation>
    </message>
    <message>
        <source>Planned ÷ required</source>
        <translation>見込量／必要量</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>%1年からの増減</translation>
    </message>
    <message>
        <source>Reported per 100,000</source>
        <translation>報告（人口10万対）</translation>
    </message>
    <message>
        <source>Required per 100,000</source>
        <translation>必要量（人口10万対）</translation>
    </message>
    <message>
        <source>Share reported</source>
        <translation>構成比（報告）</translation>
    </message>
    <message>
        <source>Share required</source>
        <translation>構成比（必要量）</translation>
    </message>
</context>
<context>
    <name>Koso::GapCellFormat</name>
    <message>
        <source>Planned %1</source>
        <translation>%1年見込量</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>%1年報告</translation>
    </message>
    <message>
        <source>%1 %2: %3 beds against %4 required</source>
        <translation>%1 %2：%3床（必要量 %4床）</translation>
    </message>
    <message>
        <source> = %1</source>
        <translation>＝%1</translation>
    </message>
    <message>
        <source> (no ratio: nothing is required)</source>
        <translation>（必要量が0のため比率なし）</translation>
    </message>
    <message>
        <source>Over the need by more than %1.</source>
        <translation>必要量を%1超上回っています。</translation>
    </message>
    <message>
        <source>Under the need by more than %1.</source>
        <translation>必要量を%1超下回っています。</translation>
    </message>
</context>
<context>
    <name>Koso::GapTables</name>
    <message>
        <source>%1: reported, planned and required beds</source>
        <translation>%1 病床機能報告・見込量・必要量</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>Latest year</source>
        <translation>最新報告年</translation>
    </message>
    <message>
        <source>Latest reported (beds)</source>
        <translation>最新報告（床）</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>見込量の年</translation>
    </message>
    <message>
        <source>Planned (beds)</source>
        <translation>見込量（床）</translation>
    </message>
    <message>
        <source>Required (beds)</source>
        <translation>必要量（床）</translation>
    </message>
    <message>
        <source>Latest − required</source>
        <translation>最新報告−必要量</translation>
    </message>
    <message>
        <source>Planned − required</source>
        <translation>見込量−必要量</translation>
    </message>
    <message>
        <source>Latest ÷ required</source>
        <translation>最新報告／必要量</translation>
    </message>
    <message>
        <source>Planned ÷ required</source>
        <translation>見込量／必要量</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>%1年からの増減</translation>
    </message>
    <message>
        <source>%1: gap between reported, planned and required beds by region</source>
        <translation>%1 構想区域別の病床機能報告・見込量・必要量の差</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Latest per 100,000 population</source>
        <translation>最新報告（人口10万対）</translation>
    </message>
    <message>
        <source>Unexplained gap</source>
        <translation>説明できない差</translation>
    </message>
    <message>
        <source>Rank by unexplained gap</source>
        <translation>説明できない差の順位</translation>
    </message>
    <message>
        <source>%1 latest</source>
        <translation>%1 最新報告</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 見込量</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 必要量</translation>
    </message>
    <message>
        <source>%1 planned ÷ required</source>
        <translation>%1 見込量／必要量</translation>
    </message>
    <message>
        <source>%1 flag</source>
        <translation>%1 判定</translation>
    </message>
    <message>
        <source>%1 unexplained gap</source>
        <translation>%1 説明できない差</translation>
    </message>
    <message>
        <source>%1 rank</source>
        <translation>%1 順位</translation>
    </message>
    <message>
        <source>%1: facilities by beds</source>
        <translation>%1 医療機関別病床数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医療機関名</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Beds incl. closed</source>
        <translation>休棟中等含む計</translation>
    </message>
    <message>
        <source>Share of region&apos;s %1</source>
        <translation>区域内の%1に占める割合</translation>
    </message>
    <message>
        <source>Share of region&apos;s closed beds</source>
        <translation>区域内の休棟中等に占める割合</translation>
    </message>
    <message>
        <source>Doctors (full-time)</source>
        <translation>医師数（常勤）</translation>
    </message>
    <message>
        <source>Doctors (part-time)</source>
        <translation>医師数（非常勤）</translation>
    </message>
    <message>
        <source>Doctors per 100 beds</source>
        <translation>医師数（100床当たり）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>医療機関機能</translation>
    </message>
    <message>
        <source>Mean length of stay: %1</source>
        <translation>平均在棟日数：%1</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>有床診療所</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>一般病院</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Unknown table kind &quot;%1&quot;; use one of: %2.</source>
        <translation>表の種類「%1」はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>There is no region %1 in this dataset.</source>
        <translation>このデータセットに構想区域 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset lists no facilities in region %1 %2.</source>
        <translation>このデータセットには構想区域 %1 %2 の医療機関がありません。</translation>
    </message>
    <message>
        <source>There is no prefecture %1 in this dataset.</source>
        <translation>このデータセットに都道府県 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset holds no regions of %1 %2.</source>
        <translation>このデータセットには %1 %2 の構想区域がありません。</translation>
    </message>
    <message>
        <source>Flags: over or under the required beds by more than %1. Unexplained gap: planned − required beyond that band and beyond the beds of facilities that did not report.</source>
        <translation>判定：必要量を%1超上回る（over）または下回る（under）。説明できない差：見込量−必要量のうち、その幅と未報告の医療機関の病床で説明できる分を超える部分。</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalAnalysis</name>
    <message>
        <source>Special function</source>
        <translation>特定機能</translation>
    </message>
    <message>
        <source>Regional support</source>
        <translation>地域支援</translation>
    </message>
    <message>
        <source>Tertiary emergency</source>
        <translation>三次救急</translation>
    </message>
    <message>
        <source>Secondary emergency</source>
        <translation>二次救急</translation>
    </message>
    <message>
        <source>Home care support</source>
        <translation>在宅療養支援</translation>
    </message>
    <message>
        <source>Doctors (full-time)</source>
        <translation>医師数（常勤）</translation>
    </message>
    <message>
        <source>Doctors (part-time)</source>
        <translation>医師数（非常勤）</translation>
    </message>
    <message>
        <source>Ambulance cases</source>
        <translation>救急車の受入件数</translation>
    </message>
    <message>
        <source>General-anaesthesia operations</source>
        <translation>全身麻酔手術件数</translation>
    </message>
    <message>
        <source>Births</source>
        <translation>分娩件数</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>手術総数</translation>
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
    <name>Koso::HospitalTableModel</name>
    <message>
        <source>%1 beds closed or not reported (休棟中等): the council asks the facility to explain its unused wards.</source>
        <translation>休棟中等 %1床：調整会議で非稼働病棟について説明を求める対象です。</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>有床診療所</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>一般病院</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医療機関名</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Beds incl. closed</source>
        <translation>休棟中等含む計</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1の区域内割合</translation>
    </message>
    <message>
        <source>Doctors full-time</source>
        <translation>医師数（常勤）</translation>
    </message>
    <message>
        <source>Doctors part-time</source>
        <translation>医師数（非常勤）</translation>
    </message>
    <message>
        <source>Doctors per 100 beds</source>
        <translation>医師数（100床当たり）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>医療機関機能</translation>
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
    <name>Koso::PdfUnicodeFix</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
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
    <name>Koso::PrefectureComparisonModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Required per 100,000</source>
        <translation>必要量（人口10万対）</translation>
    </message>
    <message>
        <source>%1 per 100,000</source>
        <translation>%1（人口10万対）</translation>
    </message>
</context>
<context>
    <name>Koso::PrefectureDashboard</name>
    <message>
        <source>A function is shaded as over or under its need when it departs from the required beds by more than this.</source>
        <translation>必要量との差がこの割合を超える病床機能を、過剰・不足として色分けします。</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>表を出力…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>報告書を印刷…</translation>
    </message>
    <message>
        <source>One A4 landscape page per region, with charts, table and caveat</source>
        <translation>構想区域ごとに A4 横1ページ（グラフ・表・注記付き）</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>報告書を PDF で保存…</translation>
    </message>
    <message>
        <source>Save the report of every region of the prefecture as one PDF</source>
        <translation>都道府県内の全構想区域の報告書を1つの PDF に保存します</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>判定の幅：</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Nation (全国)</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Double-click a region to open its page</source>
        <translation>ダブルクリックで構想区域のページを開きます</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Comparison with other prefectures</source>
        <translation>他の都道府県との比較</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>データセットが開かれていません</translation>
    </message>
    <message>
        <source>%1: beds by region (%2)</source>
        <translation>%1 構想区域別の病床数の状況（%2）</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>%1公表データ</translation>
    </message>
    <message>
        <source>%1: beds by region</source>
        <translation>%1 構想区域別の病床数の状況</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>%1 region report</source>
        <translation>%1 構想区域別報告書</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>報告書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
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
    <name>Koso::RegionGapModel</name>
    <message>
        <source>Planned − required beyond the ±%1 band and beyond the beds that facilities which did not report may hold; rank 1 is the largest.</source>
        <translation>見込量−必要量のうち、±%1の幅と未報告の医療機関が持ち得る病床を超える部分。順位1が最大です。</translation>
    </message>
    <message>
        <source>Planned %1 ÷ required %2 of %3</source>
        <translation>%3の%1年見込量／%2年必要量</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>%1年 報告</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>%1年 見込量</translation>
    </message>
    <message>
        <source>Required %1</source>
        <translation>%1年 必要量</translation>
    </message>
    <message>
        <source>Reported − required</source>
        <translation>報告−必要量</translation>
    </message>
    <message>
        <source>Planned − required</source>
        <translation>見込量−必要量</translation>
    </message>
    <message>
        <source>Reported ÷ required</source>
        <translation>報告／必要量</translation>
    </message>
    <message>
        <source>Planned ÷ required</source>
        <translation>見込量／必要量</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>%1年からの増減</translation>
    </message>
    <message>
        <source>Per 100,000</source>
        <translation>人口10万対</translation>
    </message>
    <message>
        <source>Unexplained gap</source>
        <translation>説明できない差</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>%1 planned ÷ required</source>
        <translation>%1 見込量／必要量</translation>
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
    <name>Koso::RegionPage</name>
    <message>
        <source>Export table…</source>
        <translation>表を出力…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>報告書を印刷…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>報告書を PDF で保存…</translation>
    </message>
    <message>
        <source>Save this region&apos;s report page as PDF</source>
        <translation>この構想区域の報告書を PDF で保存します</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>構想区域：</translation>
    </message>
    <message>
        <source>Search facility or municipality</source>
        <translation>医療機関名・所在地で検索</translation>
    </message>
    <message>
        <source>Only facilities with 休棟中等</source>
        <translation>休棟中等のある医療機関のみ</translation>
    </message>
    <message>
        <source>Export facilities…</source>
        <translation>医療機関の表を出力…</translation>
    </message>
    <message>
        <source>Beds and gap</source>
        <translation>病床数と必要量</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>構想区域がありません</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>データセットが開かれていません</translation>
    </message>
    <message>
        <source>The dataset lists no facilities in this region.</source>
        <translation>このデータセットにはこの構想区域の医療機関がありません。</translation>
    </message>
    <message>
        <source>%1 hospitals and %2 clinics with beds (%3 edition); %4 beds, %5 of them 休棟中等.</source>
        <translation>一般病院 %1・有床診療所 %2（%3公表）。病床 %4床、うち休棟中等 %5床。</translation>
    </message>
    <message numerus="yes">
        <source>Facilities with 休棟中等 beds (%n): the council asks them to explain their unused wards.</source>
        <translation>
            <numerusform>休棟中等のある医療機関（%n施設）：調整会議で非稼働病棟について説明を求める対象です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>報告書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Koso::RegionReport</name>
    <message>
        <source>%1: beds by function — reported, planned and required</source>
        <translation>%1 病床機能別の病床数（報告・見込量・必要量）</translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation>作成日：%1</translation>
    </message>
    <message>
        <source>Prepared: %1 (%2)</source>
        <translation>作成日：%1（%2）</translation>
    </message>
    <message>
        <source>There is no region to print.</source>
        <translation>印刷する構想区域がありません。</translation>
    </message>
    <message>
        <source>The report could not be started on this device.</source>
        <translation>この出力先に報告書を出力できません。</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>%1ページ目を開始できませんでした。</translation>
    </message>
    <message>
        <source>%1: region report</source>
        <translation>%1 構想区域別報告書</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 edition</source>
        <translation>%1公表データ</translation>
    </message>
    <message>
        <source>Reported %1 (as of 1 July), planned %2, required %3</source>
        <translation>%1年病床機能報告（7月1日時点）・%2年見込量・%3年必要量</translation>
    </message>
    <message>
        <source>; population %1 (2020 census)</source>
        <translation>／人口 %1人（2020年国勢調査）</translation>
    </message>
    <message>
        <source>; unit: beds</source>
        <translation>／単位：床</translation>
    </message>
    <message>
        <source>%1    Page %2 / %3</source>
        <translation>%1&#x3000;&#x3000;%2 / %3 ページ</translation>
    </message>
    <message>
        <source>Shaded: more than %1 over (orange) or under (purple) the required beds; darker beyond twice and four times that. Ratios are of the required beds.</source>
        <translation>色分け：必要量を%1超上回る（橙）・下回る（紫）。その2倍・4倍を超えるとさらに濃く表示。比率は必要量に対する割合。▲過剰 ▼不足。</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>%1年 報告</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1年 見込量</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1年 必要量</translation>
    </message>
    <message>
        <source>Latest − required</source>
        <translation>報告−必要量</translation>
    </message>
    <message>
        <source>Planned − required</source>
        <translation>見込−必要量</translation>
    </message>
    <message>
        <source>Latest ÷ required</source>
        <translation>報告／必要量</translation>
    </message>
    <message>
        <source>Planned ÷ required</source>
        <translation>見込／必要量</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>%1年比増減</translation>
    </message>
    <message>
        <source>Latest per 100,000</source>
        <translation>10万人当たり</translation>
    </message>
    <message>
        <source>Share of latest</source>
        <translation>構成比</translation>
    </message>
</context>
<context>
    <name>Koso::RegionReportBuilder</name>
    <message>
        <source>There is no region %1 in this dataset.</source>
        <translation>このデータセットに構想区域 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no prefecture %1 in this dataset.</source>
        <translation>このデータセットに都道府県 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset holds no regions of %1 %2.</source>
        <translation>このデータセットには %1 %2 の構想区域がありません。</translation>
    </message>
</context>
<context>
    <name>Koso::ReportCommand</name>
    <message>
        <source>Write the region report (one A4 landscape page per region) as PDF.</source>
        <translation>構想区域別の報告書（区域ごとに A4 横1ページ）を PDF で出力します。</translation>
    </message>
    <message>
        <source>The dataset file.</source>
        <translation>データセットファイル。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Every region of this prefecture (2-digit code).</source>
        <translation>この都道府県のすべての構想区域（2桁のコード）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>This region only (4-digit code).</source>
        <translation>この構想区域のみ（4桁のコード）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>出力する PDF ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The band around the required beds within which a function is not shaded, in percent (default: the setting, 10).</source>
        <translation>必要量との差がこの割合（%）以内なら色分けしません（既定は設定値、10）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>不要な引数「%1」があります。</translation>
    </message>
    <message>
        <source>Give either --prefecture CODE or --region CODE.</source>
        <translation>--prefecture コード か --region コード のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>No output file given (use --out FILE.pdf).</source>
        <translation>出力ファイルが指定されていません（--out ファイル.pdf）。</translation>
    </message>
    <message>
        <source>The report is written as PDF: the file name must end in .pdf.</source>
        <translation>報告書は PDF で出力します。ファイル名の拡張子は .pdf にしてください。</translation>
    </message>
    <message>
        <source>Cannot read the threshold &quot;%1&quot;; give a percentage such as 10.</source>
        <translation>判定の幅「%1」を読み取れません。10 のように割合（%）で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を出力しました（%nページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::ReportPrinter</name>
    <message>
        <source>Print preview: region report</source>
        <translation>印刷プレビュー：構想区域別報告書</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
</context>
<context>
    <name>Koso::TableCommand</name>
    <message>
        <source>Export a table of the gap analysis as CSV or Excel (.xlsx).</source>
        <translation>病床数の比較表を CSV または Excel（.xlsx）で出力します。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれか：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The dataset file.</source>
        <translation>データセットファイル。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The region (4-digit code) of a region table.</source>
        <translation>構想区域の表の対象区域（4桁のコード）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The prefecture (2-digit code) of a prefecture table.</source>
        <translation>都道府県の表の対象都道府県（2桁のコード）。</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>出力するファイル（.csv または .xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The band around the required beds within which a function is not flagged, in percent (default: the setting, 10).</source>
        <translation>必要量との差がこの割合（%）以内なら過剰・不足と判定しません（既定は設定値、10）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Name one table kind: %1.</source>
        <translation>表の種類を一つ指定してください：%1。</translation>
    </message>
    <message>
        <source>Unknown table kind &quot;%1&quot;; use one of: %2.</source>
        <translation>表の種類「%1」はありません。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Give either --region or --prefecture, not both.</source>
        <translation>--region と --prefecture はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>The table %1 needs --region CODE.</source>
        <translation>表 %1 には --region コード が必要です。</translation>
    </message>
    <message>
        <source>The table %1 needs --prefecture CODE.</source>
        <translation>表 %1 には --prefecture コード が必要です。</translation>
    </message>
    <message>
        <source>No output file given (use --out FILE.csv|.xlsx).</source>
        <translation>出力ファイルが指定されていません（--out ファイル.csv|.xlsx）。</translation>
    </message>
    <message>
        <source>Cannot export a table to %1: the file name must end in .csv or .xlsx.</source>
        <translation>%1 に表を出力できません。ファイル名の拡張子は .csv または .xlsx にしてください。</translation>
    </message>
    <message>
        <source>Cannot read the threshold &quot;%1&quot;; give a percentage such as 10.</source>
        <translation>判定の幅「%1」を読み取れません。10 のように割合（%）で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>%1 を出力しました（%n行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::TableExport</name>
    <message>
        <source>Export table</source>
        <translation>表の出力</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv)</translation>
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

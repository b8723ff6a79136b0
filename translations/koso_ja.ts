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
    <name>Koso::AddHospitalCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n hospital(s) into %1</source>
        <translation>
            <numerusform>%n 医療機関を %1 に統合</numerusform>
        </translation>
    </message>
    <message>
        <source>A hospital needs a name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
</context>
<context>
    <name>Koso::AgreementDialog</name>
    <message>
        <source>Record agreed policies</source>
        <translation>合意した対応方針を記録</translation>
    </message>
    <message>
        <source>The policies of the checked hospitals were agreed at the meeting of %1; their date agreed becomes that day.</source>
        <translation>チェックした医療機関の対応方針が %1 の会議で合意されたものとして記録します。合意日はこの会議の開催日になります。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>Check the hospitals whose policies were agreed.</source>
        <translation>対応方針が合意された医療機関にチェックを付けてください。</translation>
    </message>
</context>
<context>
    <name>Koso::AnalysisPage</name>
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
        <source>Save report as PDF</source>
        <translation>報告書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>報告書を印刷</translation>
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
        <source>Unit: beds</source>
        <translation>単位：床</translation>
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
    <message>
        <source>%1 beds</source>
        <translation>%1床</translation>
    </message>
</context>
<context>
    <name>Koso::Assessment</name>
    <message>
        <source>%1 (filled in %2)</source>
        <translation>%1（記入日 %2）</translation>
    </message>
</context>
<context>
    <name>Koso::AssessmentComparison</name>
    <message>
        <source>No answer changed.</source>
        <translation>回答の変わった項目はありません。</translation>
    </message>
    <message>
        <source>Answers changed: %1 (became Yes: %2, no longer Yes: %3, other: %4).</source>
        <translation>回答が変わった項目：%1件（「はい」になった %2件、「はい」でなくなった %3件、その他 %4件）</translation>
    </message>
    <message>
        <source>Now Yes</source>
        <translation>はいに変更</translation>
    </message>
    <message>
        <source>No longer Yes</source>
        <translation>はい以外に変更</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>Koso::AssessmentComparisonModel</name>
    <message>
        <source>The wording of this item changed between the two template versions.</source>
        <translation>2つのテンプレートの版の間で、この項目の文言が変わっています。</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>前回：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>After</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Remarks (later)</source>
        <translation>備考（比較先）</translation>
    </message>
</context>
<context>
    <name>Koso::AssessmentExporter</name>
    <message>
        <source>%1 — %2, %3 (filled in %4)</source>
        <translation>%1&#x3000;%2&#x3000;%3（記入日 %4）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Section in charge</source>
        <translation>担当課</translation>
    </message>
    <message>
        <source>Template: %1.</source>
        <translation>テンプレート：%1</translation>
    </message>
    <message>
        <source>Yes: %1 of %2 applicable items; No: %3; not applicable: %4; not answered: %5.</source>
        <translation>はい：%1件（該当項目 %2件中）、いいえ：%3件、該当なし：%4件、未回答：%5件</translation>
    </message>
</context>
<context>
    <name>Koso::AssessmentSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes / applicable</source>
        <translation>はい／該当項目</translation>
    </message>
</context>
<context>
    <name>Koso::AssessmentTableModel</name>
    <message>
        <source>Double-click to choose, or press 1 Yes, 2 No, 3 Not applicable, 0 Not answered.</source>
        <translation>ダブルクリックで選択するか、1 はい、2 いいえ、3 該当なし、0 未回答 のキーで入力します。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Remarks (evidence, next step)</source>
        <translation>備考（根拠資料・今後の対応）</translation>
    </message>
    <message>
        <source>Section in charge</source>
        <translation>担当課</translation>
    </message>
    <message>
        <source>Answer %1 items: %2</source>
        <translation>%1項目の回答：%2</translation>
    </message>
    <message>
        <source>In this dataset:
%1</source>
        <translation>このデータセットの記録：
%1</translation>
    </message>
</context>
<context>
    <name>Koso::BankContactDialog</name>
    <message>
        <source>Edit Bank Contact</source>
        <translation>銀行連絡先の編集</translation>
    </message>
    <message>
        <source>New Bank Contact</source>
        <translation>銀行連絡先の追加</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>銀行(&amp;B)：</translation>
    </message>
    <message>
        <source>B&amp;ranch or section:</source>
        <translation>支店・部署(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>担当者(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mail:</source>
        <translation>メール(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name.</source>
        <translation>銀行名を入力してください。</translation>
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
    <name>Koso::BedTableImporter</name>
    <message>
        <source>%1: the area %2 appears twice (blocks at rows %3 and %4).</source>
        <translation>%1: 地域 %2 が2回出てきます（%3 行目と %4 行目のブロック）。</translation>
    </message>
    <message>
        <source>%1: the latest reported year in the workbook is %2, but the edition is %3 (fiscal year %4). Check the edition label.</source>
        <translation>%1: ブックの最新の実績年は %2 年ですが、版は %3（%4 年度）です。版の指定を確認してください。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>%1: unknown prefecture code %2.</source>
        <translation>%1: 都道府県コード %2 は不明です。</translation>
    </message>
</context>
<context>
    <name>Koso::BedTableParser</name>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>%1: no blocks found; expected blocks that start with a row labelled &quot;○基礎情報&quot;.</source>
        <translation>%1: ブロックが見つかりません。「○基礎情報」の行で始まるブロックがあるはずです。</translation>
    </message>
    <message>
        <source>rows %1–%2</source>
        <translation>%1～%2 行目</translation>
    </message>
    <message>
        <source>rows %1–%2, %3</source>
        <translation>%1～%2 行目、%3</translation>
    </message>
    <message>
        <source>%1 (block %2): expected %3; the workbook&apos;s layout may have changed.</source>
        <translation>%1（ブロック %2）: %3 が見つかりません。ブックの様式が変わった可能性があります。</translation>
    </message>
    <message>
        <source>%1, cell %2%3: &quot;%4&quot; is not %5.</source>
        <translation>%1、セル %2%3: 「%4」は%5ではありません。</translation>
    </message>
    <message>
        <source>a row of column labels such as &quot;2015 実績&quot; (reported beds by year)</source>
        <translation>「2015 実績」のような列見出しの行（年ごとの報告病床数）</translation>
    </message>
    <message>
        <source>a code right of &quot;%1&quot;</source>
        <translation>「%1」の右のコード</translation>
    </message>
    <message>
        <source>a prefecture code</source>
        <translation>都道府県コード</translation>
    </message>
    <message>
        <source>a vision region code</source>
        <translation>構想区域コード</translation>
    </message>
    <message>
        <source>a share of patients</source>
        <translation>患者の割合</translation>
    </message>
    <message>
        <source>a row labelled &quot;都道府県&quot;</source>
        <translation>「都道府県」の行</translation>
    </message>
    <message>
        <source>a row labelled &quot;構想区域&quot;</source>
        <translation>「構想区域」の行</translation>
    </message>
    <message>
        <source>%1 (block %2): the vision region code %3 does not belong to prefecture %4.</source>
        <translation>%1（ブロック %2）: 構想区域コード %3 は都道府県 %4 のものではありません。</translation>
    </message>
    <message>
        <source>a row labelled &quot;国勢調査人口&quot; (census population)</source>
        <translation>「国勢調査人口」の行</translation>
    </message>
    <message>
        <source>%1, cell %2%3: the row is tagged &quot;%4&quot; but the block is about prefecture %5.</source>
        <translation>%1、セル %2%3: 行の都道府県表示は「%4」ですが、ブロックは都道府県 %5 のものです。</translation>
    </message>
    <message>
        <source>%1, column %2: the label &quot;%3&quot; is not known; that column was not imported.</source>
        <translation>%1、%2 列: 見出し「%3」は既知のものではないため、この列は取り込みませんでした。</translation>
    </message>
    <message>
        <source>%1: the label &quot;%2&quot; appears twice (columns %3 and %4); Koso cannot tell which to use.</source>
        <translation>%1: 見出し「%2」が2回出てきます（%3 列と %4 列）。どちらを使うべきか判断できません。</translation>
    </message>
    <message>
        <source>a column labelled &quot;YYYY 見込量&quot; (planned beds with their year)</source>
        <translation>「YYYY 見込量」の列（年付きの見込量）</translation>
    </message>
    <message>
        <source>a column labelled &quot;YYYY 必要数&quot; (required beds with their year)</source>
        <translation>「YYYY 必要数」の列（年付きの必要数）</translation>
    </message>
    <message>
        <source>a row labelled &quot;%1&quot;</source>
        <translation>「%1」の行</translation>
    </message>
    <message>
        <source>%1: two rows are labelled like the function %2 (rows %3 and %4).</source>
        <translation>%1: 機能 %2 の行が2つあります（%3 行目と %4 行目）。</translation>
    </message>
    <message>
        <source>a number of beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>%1, cell %2%3 (合計, &quot;%4&quot;): the workbook&apos;s total %5 differs from the sum of the functions, %6. Koso uses the functions.</source>
        <translation>%1、セル %2%3（合計、「%4」）: ブックの合計 %5 が機能別の和 %6 と一致しません。機能別の値を使います。</translation>
    </message>
    <message>
        <source>%1, column %2: cannot tell what &quot;%3&quot; is computed from; it was not checked.</source>
        <translation>%1、%2 列: 「%3」の計算元が判別できないため、照合しませんでした。</translation>
    </message>
    <message>
        <source>%1, cell %2%3 (&quot;%4&quot;): the workbook shows %5, Koso computes %6.</source>
        <translation>%1、セル %2%3（「%4」）: ブックの値は %5、再計算すると %6 です。</translation>
    </message>
    <message>
        <source>%1, cell %2%3: the reporting rate %4 is not a fraction (0.954 for 95.4 %); it was not imported.</source>
        <translation>%1、セル %2%3: 報告率 %4 が割合（95.4% なら 0.954）になっていないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>a reporting rate</source>
        <translation>報告率</translation>
    </message>
    <message>
        <source>a population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>an area in km²</source>
        <translation>面積（k㎡）</translation>
    </message>
    <message>
        <source>a number of beds (a whole number from 0 to %L1)</source>
        <translation>病床数（0～%L1の整数）</translation>
    </message>
</context>
<context>
    <name>Koso::CaseDialog</name>
    <message>
        <source>Edit Case</source>
        <translation>事例の編集</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>事例の追加</translation>
    </message>
    <message>
        <source>e.g. a region of about 200,000 people</source>
        <translation>例：人口約20万人の構想区域</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>構想区域：%1</translation>
    </message>
    <message>
        <source>Session: %1 (%2)</source>
        <translation>勉強会：%1（%2）</translation>
    </message>
    <message>
        <source>Council: %1</source>
        <translation>調整会議：%1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Region si&amp;ze:</source>
        <translation>区域の規模(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>取組内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>成果(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource document:</source>
        <translation>出典資料(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>ページ(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>タグ(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>紐付け(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter the case&apos;s title.</source>
        <translation>事例の名称を入力してください。</translation>
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
    <message>
        <source>Required</source>
        <comment>legend key of the dashed line</comment>
        <translation>必要量</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>legend key of the triangle</comment>
        <translation>見込量</translation>
    </message>
    <message>
        <source>%1 (upper bar: reported %2; lower, paler bar: required %3)</source>
        <translation>%1（上段：%2年 報告、下段・淡色：%3年 必要量）</translation>
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
    <name>Koso::ChecklistBlankCommand</name>
    <message>
        <source>Print the checklist form without answers, for filling in by hand (A4 PDF).</source>
        <translation>手書き記入用に、回答欄が空欄のチェックリスト様式を出力します（A4 PDF）。</translation>
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
        <source>The template version&apos;s id (default: the current one).</source>
        <translation>テンプレートの版のID（省略時は現在のテンプレート）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>出力するPDFファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>--template takes an id (see &quot;koso checklist list&quot;), not &quot;%1&quot;.</source>
        <translation>--template にはID（「koso checklist list」で確認）を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): blank form of %3.</source>
        <translation>%1 を出力しました（%2ページ）：%3 の記入用様式</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistCliCommand</name>
    <message>
        <source>The dataset has no checklist assessment yet; start one in Koso Planner (Checklist page).</source>
        <translation>このデータセットにはチェックリストの自己点検がまだありません。Koso Planner の「チェックリスト」画面で作成してください。</translation>
    </message>
    <message>
        <source>--assessment takes an id (see &quot;koso checklist list&quot;) or &quot;latest&quot;, not &quot;%1&quot;.</source>
        <translation>--assessment にはID（「koso checklist list」で確認）または latest を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>No output file given (use --out FILE).</source>
        <translation>出力ファイルが指定されていません（--out ファイル）。</translation>
    </message>
    <message>
        <source>The output file must end with %1: %2</source>
        <translation>出力ファイルの拡張子は %1 にしてください：%2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistCompareCommand</name>
    <message>
        <source>Print two checklist assessments side by side, changed answers marked (A4 PDF).</source>
        <translation>2回分の自己点検を並べて出力し、回答が変わった項目を示します（A4 PDF）。</translation>
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
        <source>The earlier assessment (default: the one before --to).</source>
        <translation>比較元の自己点検（省略時は --to の直前のもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The later assessment&apos;s id, or &quot;latest&quot; (the default).</source>
        <translation>比較先の自己点検のID、または latest（省略時）。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>出力するPDFファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>There is no assessment before %1 to compare with.</source>
        <translation>%1 より前に比較できる自己点検がありません。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): %3 → %4. %5</source>
        <translation>%1 を出力しました（%2ページ）：%3 → %4。%5</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistComparisonReport</name>
    <message>
        <source>%1: comparison</source>
        <translation>%1（比較）</translation>
    </message>
    <message>
        <source>Prefecture: %1</source>
        <translation>都道府県名：%1</translation>
    </message>
    <message>
        <source>%1 (filled in %2) → %3 (filled in %4)</source>
        <translation>%1（記入日 %2）→ %3（記入日 %4）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>List of items</source>
        <translation>項目一覧</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Remarks (%1)</source>
        <translation>備考（%1）</translation>
    </message>
    <message>
        <source>(wording changed since the earlier assessment)</source>
        <translation>（前回から文言変更あり）</translation>
    </message>
    <message>
        <source>(no longer in the template)</source>
        <translation>（現在のテンプレートにない項目）</translation>
    </message>
    <message>
        <source>(new item)</source>
        <translation>（新しい項目）</translation>
    </message>
    <message>
        <source>By genre (Yes / applicable items)</source>
        <translation>ジャンル別の集計（はい／該当項目）</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes, change</source>
        <translation>はいの増減</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistComparisonView</name>
    <message>
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>with</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Comparing needs two assessments; the demo dataset has last year&apos;s and this year&apos;s.</source>
        <translation>比較には2回分の自己点検が必要です（デモデータには前年度分と今年度分があります）。</translation>
    </message>
    <message>
        <source>Choose two different assessments.</source>
        <translation>異なる2回分の自己点検を選んでください。</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Yes / applicable (%1)</source>
        <translation>はい／該当項目（%1）</translation>
    </message>
    <message>
        <source>Yes, change</source>
        <translation>はいの増減</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>checklist-comparison-%1.pdf</source>
        <translation>チェックリスト比較_%1年度.pdf</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistEditor</name>
    <message>
        <source>The item %1 is not part of the assessment&apos;s template.</source>
        <translation>項目 %1 はこの自己点検のテンプレートに含まれていません。</translation>
    </message>
    <message>
        <source>Answer No. %1: %2</source>
        <translation>No.%1 の回答：%2</translation>
    </message>
    <message>
        <source>Edit the remarks of No. %1</source>
        <translation>No.%1 の備考を編集</translation>
    </message>
    <message>
        <source>Edit the section in charge of No. %1</source>
        <translation>No.%1 の担当課を編集</translation>
    </message>
    <message>
        <source>Change the date of filling in to %1</source>
        <translation>記入日を %1 に変更</translation>
    </message>
    <message>
        <source>Change the fiscal year to %1</source>
        <translation>年度を %1 に変更</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>自己点検の名称を変更</translation>
    </message>
    <message>
        <source>New assessment for %1 as a copy of %2</source>
        <translation>%2 の写しから %1 の自己点検を作成</translation>
    </message>
    <message>
        <source>New assessment for %1</source>
        <translation>%1 の自己点検を作成</translation>
    </message>
    <message>
        <source>Delete the assessment %1</source>
        <translation>%1 の自己点検を削除</translation>
    </message>
    <message>
        <source>Imported from %1 on %2.</source>
        <translation>%2に %1 から取り込みました。</translation>
    </message>
    <message>
        <source>Import the checklist template %1</source>
        <translation>チェックリストのテンプレート %1 を取込</translation>
    </message>
    <message>
        <source>Answer against %1</source>
        <translation>%1 に切り替え</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistEntry</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistEvidenceFinder</name>
    <message>
        <source>Open the targets</source>
        <translation>年度目標を開く</translation>
    </message>
    <message>
        <source>Open the progress verification</source>
        <translation>進捗状況の検証を開く</translation>
    </message>
    <message>
        <source>Open the promotion regions</source>
        <translation>推進区域を開く</translation>
    </message>
    <message>
        <source>Open the council meetings</source>
        <translation>調整会議を開く</translation>
    </message>
    <message>
        <source>%1: no yearly targets yet</source>
        <translation>%1：年度目標は未設定</translation>
    </message>
    <message>
        <source>%1: %2 targets in %3 of %4 regions, %5 achieved, %6 not achieved</source>
        <translation>%1：年度目標 %2件（%4区域中%3区域で設定）、達成 %5件、未達成 %6件</translation>
    </message>
    <message>
        <source>%1: no progress verified by the council and no gap explained yet</source>
        <translation>%1：調整会議での進捗状況の検証、差の要因の説明の記録はまだありません</translation>
    </message>
    <message>
        <source>%1: progress verified by the council for %2 of %3 regions; gaps explained in %4 of %3 regions</source>
        <translation>%1：調整会議で進捗状況を検証した構想区域 %3区域中%2区域、差の要因を説明した構想区域 %3区域中%4区域</translation>
    </message>
    <message>
        <source>No region designated and no 推進区域対応方針 yet</source>
        <translation>区域の指定、推進区域対応方針の記録はまだありません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2区域</translation>
    </message>
    <message>
        <source>No region designated</source>
        <translation>区域の指定なし</translation>
    </message>
    <message>
        <source>Designated: %1</source>
        <translation>指定：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; %1 plans with %2 actions (%3 done, %4 in progress)</source>
        <translation>。推進区域対応方針 %1件、具体的な取組 %2件（完了 %3件、実施中 %4件）</translation>
    </message>
    <message>
        <source>; no 推進区域対応方針 yet</source>
        <translation>。推進区域対応方針は未策定</translation>
    </message>
    <message>
        <source>%1: no council meeting held yet</source>
        <translation>%1：調整会議の開催はまだありません</translation>
    </message>
    <message>
        <source>%1: none of the %2 council meetings reported to the municipalities yet</source>
        <translation>%1：開催した調整会議 %2回のうち、市町村へ報告したものはまだありません</translation>
    </message>
    <message>
        <source>%1: %2 of %3 council meetings reported to the municipalities</source>
        <translation>%1：開催した調整会議 %3回のうち %2回の議論を市町村へ報告</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistExportCommand</name>
    <message>
        <source>Export a checklist assessment to CSV or Excel (.xlsx).</source>
        <translation>自己点検を CSV または Excel（.xlsx）に書き出します。</translation>
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
        <source>The assessment&apos;s id, or &quot;latest&quot; (the default).</source>
        <translation>自己点検のID、または latest（省略時。記入日が最新のもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The .csv or .xlsx file to write.</source>
        <translation>出力する .csv または .xlsx ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Wrote %1: assessment %2, %3.</source>
        <translation>%1 を出力しました：自己点検 %2、%3</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistForm</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>List of items</source>
        <translation>項目一覧</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Prefecture: %1</source>
        <translation>都道府県名：%1</translation>
    </message>
    <message>
        <source>Date filled in: %1</source>
        <translation>記入日：%1</translation>
    </message>
    <message>
        <source>Section in charge: %1</source>
        <translation>担当：%1</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistImportTemplateCommand</name>
    <message>
        <source>Import a checklist template (CSV or .xlsx with No., ジャンル, 項目, 根拠) as a new version.</source>
        <translation>チェックリストのテンプレート（No.・ジャンル・項目・根拠の列をもつ CSV または .xlsx）を新しい版として取り込みます。</translation>
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
        <source>The template&apos;s name (default: the current template&apos;s, so that the file becomes its next version).</source>
        <translation>テンプレート名（省略時は現在のテンプレート名。取り込んだファイルがその次の版になります）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The CSV or .xlsx file to import.</source>
        <translation>取り込む CSV または .xlsx ファイル。</translation>
    </message>
    <message>
        <source>Give exactly one template file to import.</source>
        <translation>取り込むテンプレートファイルを1つ指定してください。</translation>
    </message>
    <message>
        <source>koso: nothing was imported.</source>
        <translation>koso: 何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Imported %1 items in %2 genres as %3 (id %4); new assessments use it.</source>
        <translation>%2ジャンル・%1項目を %3（ID %4）として取り込みました。新しい自己点検ではこの版を使います。</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistListCommand</name>
    <message>
        <source>List the checklist templates and assessments with their ids.</source>
        <translation>チェックリストのテンプレートと自己点検をIDとともに一覧表示します。</translation>
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
        <source>Templates:
</source>
        <translation>テンプレート：
</translation>
    </message>
    <message>
        <source>  (none yet: the default template is added when the checklist is first used)
</source>
        <translation>  （まだありません。チェックリストを初めて使うときに標準テンプレートが追加されます）
</translation>
    </message>
    <message>
        <source>  %1  %2: %3 items in %4 genres (%5)
</source>
        <translation>  %1  %2：%4ジャンル・%3項目（%5）
</translation>
    </message>
    <message>
        <source>Assessments:
</source>
        <translation>自己点検：
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  （なし）
</translation>
    </message>
    <message>
        <source>  %1  %2 — %3; Yes %4 of %5 applicable, not answered %6
</source>
        <translation>  %1  %2 — %3；はい %4件（該当項目 %5件中）、未回答 %6件
</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>New self-assessment…</source>
        <translation>自己点検を新規作成…</translation>
    </message>
    <message>
        <source>Delete self-assessment</source>
        <translation>自己点検を削除</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <source>Blank form (PDF)…</source>
        <translation>記入用様式（PDF）…</translation>
    </message>
    <message>
        <source>Export to Excel/CSV…</source>
        <translation>Excel・CSVに書き出し…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <source>Start a new self-assessment, blank or as a copy of an earlier one</source>
        <translation>空欄から、または以前の自己点検の写しから、新しい自己点検を始めます</translation>
    </message>
    <message>
        <source>The form without answers, for filling in by hand</source>
        <translation>手書き記入用の、回答欄が空欄の様式</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回答：%1</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>自己点検：</translation>
    </message>
    <message>
        <source>optional, e.g. 6月時点</source>
        <translation>任意（例：6月時点）</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Date filled in:</source>
        <translation>記入日：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>There is no self-assessment yet. Use &quot;New self-assessment…&quot; to start one; the checklist follows the ministry&apos;s 31 items in 6 genres.</source>
        <translation>まだ自己点検がありません。「自己点検を新規作成…」から始めてください。チェックリストは厚生労働省の様式に沿った6ジャンル・31項目です。</translation>
    </message>
    <message>
        <source>Open or create a dataset to use the checklist.</source>
        <translation>チェックリストを使うには、データセットを開くか新規作成してください。</translation>
    </message>
    <message>
        <source>Answered against %1.</source>
        <translation>回答に使用しているテンプレート：%1。</translation>
    </message>
    <message>
        <source>Answer against %1</source>
        <translation>%1 に切り替え</translation>
    </message>
    <message>
        <source>Moves the answers, remarks and sections item by item (same No. and genre) onto the newer wording. Can be undone.</source>
        <translation>回答・備考・担当課を項目ごと（No.とジャンルが同じもの）に新しい文言の版へ移します。元に戻すことができます。</translation>
    </message>
    <message>
        <source>Delete the self-assessment %1? Edit &gt; Undo brings it back.</source>
        <translation>自己点検「%1」を削除しますか？「編集」→「元に戻す」で戻すことができます。</translation>
    </message>
    <message>
        <source>checklist-%1.pdf</source>
        <translation>チェックリスト_%1年度.pdf</translation>
    </message>
    <message>
        <source>checklist-blank.pdf</source>
        <translation>チェックリスト_記入用.pdf</translation>
    </message>
    <message>
        <source>Export the self-assessment</source>
        <translation>自己点検の書き出し</translation>
    </message>
    <message>
        <source>checklist-%1.xlsx</source>
        <translation>チェックリスト_%1年度.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Standard template, version %1</source>
        <translation>標準テンプレート（第%1版）</translation>
    </message>
    <message>
        <source>It follows the structure of the official form (6 genres, 31 items), but the wording of the items is not the official one. The official wording can be entered by editing the items or importing the template.</source>
        <translation>公式様式の構成（6ジャンル・31項目）に沿っていますが、項目の文言は公式のものではありません。公式の文言は、項目の編集またはテンプレートの取込で入力できます。</translation>
    </message>
    <message>
        <source>Items %1 are backed by the planning records of this dataset (marked in the No. column): select one to see them.</source>
        <translation>No. %1 の項目には、このデータセットの年度目標・推進区域等の記録があります（No. 欄に色付け）。項目を選ぶと記録が表示されます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No. %1 in this dataset (%2):</source>
        <translation>No. %1 に関するこのデータセットの記録（%2）：</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistPrintCommand</name>
    <message>
        <source>Print a checklist assessment as the ministry&apos;s form (A4 PDF).</source>
        <translation>自己点検を厚生労働省の様式に沿って出力します（A4 PDF）。</translation>
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
        <source>The assessment&apos;s id, or &quot;latest&quot; (the default).</source>
        <translation>自己点検のID、または latest（省略時。記入日が最新のもの）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>出力するPDFファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): assessment %3, %4.</source>
        <translation>%1 を出力しました（%2ページ）：自己点検 %3、%4</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistStore</name>
    <message>
        <source>There is no checklist template with the id %1.</source>
        <translation>ID %1 のチェックリストテンプレートはありません。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; already has a version %2.</source>
        <translation>テンプレート「%1」には第%2版がすでにあります。</translation>
    </message>
    <message>
        <source>The template cannot be removed: assessments answered against it: %1.</source>
        <translation>このテンプレートを使った自己点検が %1件あるため、削除できません。</translation>
    </message>
    <message>
        <source>There is no checklist assessment with the id %1.</source>
        <translation>ID %1 の自己点検はありません。</translation>
    </message>
    <message>
        <source>The assessment has no valid date of filling in.</source>
        <translation>記入日が正しくありません。</translation>
    </message>
    <message>
        <source>The fiscal year %1 is out of range.</source>
        <translation>年度 %1 は範囲外です。</translation>
    </message>
    <message>
        <source>The item %1 is not part of the assessment&apos;s template.</source>
        <translation>項目 %1 はこの自己点検のテンプレートに含まれていません。</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistTemplate</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1 第%2版</translation>
    </message>
    <message>
        <source>The template has no name.</source>
        <translation>テンプレートに名称がありません。</translation>
    </message>
    <message>
        <source>The template has no items.</source>
        <translation>テンプレートに項目がありません。</translation>
    </message>
    <message>
        <source>A genre has no name.</source>
        <translation>名称のないジャンルがあります。</translation>
    </message>
    <message>
        <source>The genre &quot;%1&quot; is listed twice.</source>
        <translation>ジャンル「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Item %1 is numbered %2; items must be numbered 1, 2, 3… in order.</source>
        <translation>%1番目の項目の No. が %2 です。No. は 1, 2, 3… の順に付けてください。</translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation>No.%1 の項目の文言が空です。</translation>
    </message>
    <message>
        <source>Item %1 belongs to the genre &quot;%2&quot;, which the template does not list.</source>
        <translation>No.%1 のジャンル「%2」はテンプレートのジャンルにありません。</translation>
    </message>
    <message>
        <source>Item %1 returns to the genre &quot;%2&quot;; the items of a genre must be consecutive.</source>
        <translation>No.%1 でジャンル「%2」に戻っています。同じジャンルの項目は連続させてください。</translation>
    </message>
    <message>
        <source>The genres must be listed in the order of their items, and every genre needs at least one item.</source>
        <translation>ジャンルは項目の順に並べ、各ジャンルに1つ以上の項目が必要です。</translation>
    </message>
    <message>
        <source>Shipped with Koso Planner</source>
        <translation>Koso Planner 標準</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>The default checklist template is missing from this build.</source>
        <translation>このビルドには標準のチェックリストテンプレートが含まれていません。</translation>
    </message>
</context>
<context>
    <name>Koso::ChecklistTemplateDialog</name>
    <message>
        <source>Save as new version</source>
        <translation>新しい版として保存</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>チェックリストのテンプレート</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>ジャンル</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Editing item texts makes a new version of the template: new assessments use it, earlier assessments keep the wording they were answered against. To enter the official wording at once, export the template, fill it in with Excel and import it.</source>
        <translation>項目の文言を編集すると、テンプレートの新しい版になります。新しい自己点検はその版を使い、以前の自己点検は回答した時の文言のまま残ります。公式の文言をまとめて入力するには、テンプレートを書き出して Excel で記入し、取り込んでください。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取込…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <source>Form title:</source>
        <translation>様式の表題：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>%1 genres, %2 items; answered in %3 assessments.</source>
        <translation>%1ジャンル・%2項目。この版で回答した自己点検：%3件</translation>
    </message>
    <message>
        <source>Edit the checklist template (%1)</source>
        <translation>チェックリストのテンプレートを編集（%1）</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>テンプレートの取込</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.

%2</source>
        <translation>%1 は取り込んでいません。データは変更されていません。

%2</translation>
    </message>
    <message>
        <source>Templates (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>テンプレート (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>テンプレートの書き出し</translation>
    </message>
    <message>
        <source>checklist-template.xlsx</source>
        <translation>チェックリスト_テンプレート.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
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
    <message>
        <source>Unexpected argument %1; give the file with --out FILE.</source>
        <translation>想定外の引数 %1 があります。出力先は --out FILE で指定してください。</translation>
    </message>
    <message>
        <source>No output file given: %1.</source>
        <translation>出力先のファイルが指定されていません：%1</translation>
    </message>
    <message>
        <source>The band around the required beds within which a function is not flagged, in percent (default %1).</source>
        <translation>病床の必要量に対し、過不足として強調しない範囲（％、既定値 %1）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Cannot read the threshold &quot;%1&quot;; give a percentage such as 10.</source>
        <translation>しきい値「%1」を読み取れません。10 のようにパーセントで指定してください。</translation>
    </message>
    <message>
        <source>%1 is in use by %2; waited %3 s for it. Nothing was written; try again when it is closed.</source>
        <translation>%1 は %2 が使用中です（%3 秒待ちました）。何も書き込んでいません。閉じられてから再度実行してください。</translation>
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
    <name>Koso::CouncilActions</name>
    <message>
        <source>There is no council with id %1.</source>
        <translation>ID %1 の調整会議はありません。</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Record %n agreement(s) at the meeting of %1</source>
        <translation>
            <numerusform>%1 の会議で %n 件の合意を記録</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::CouncilDialog</name>
    <message>
        <source>Add council</source>
        <translation>調整会議を追加</translation>
    </message>
    <message>
        <source>Edit council</source>
        <translation>調整会議を編集</translation>
    </message>
    <message>
        <source>The whole prefecture</source>
        <translation>県全体</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>対象区域(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>A council needs a name.</source>
        <translation>調整会議の名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>Koso::CouncilPage</name>
    <message>
        <source>Fiscal year: </source>
        <translation>年度: </translation>
    </message>
    <message>
        <source>  Council: </source>
        <translation>  調整会議: </translation>
    </message>
    <message>
        <source>&amp;Add meeting…</source>
        <translation>会議を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>会議を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove meeting</source>
        <translation>会議を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Record a&amp;greed policies…</source>
        <translation>合意した対応方針を記録(&amp;G)…</translation>
    </message>
    <message>
        <source>Add &amp;council…</source>
        <translation>調整会議を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit c&amp;ouncil…</source>
        <translation>調整会議を編集(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>All councils</source>
        <translation>すべての調整会議</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Policies agreed</source>
        <translation>合意した対応方針</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>議題の医療機関</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>議事録</translation>
    </message>
    <message>
        <source>Reported to municipalities</source>
        <translation>市町村への報告</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表済</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未</translation>
    </message>
    <message>
        <source>Every region has met in %1.</source>
        <translation>%1 はすべての構想区域で会議が開催されています。</translation>
    </message>
    <message>
        <source>Regions with no meeting in %1:</source>
        <translation>%1 に会議が開催されていない構想区域:</translation>
    </message>
    <message>
        <source>Choose a fiscal year to see the regions that have not met.</source>
        <translation>年度を選ぶと、会議が開催されていない構想区域が表示されます。</translation>
    </message>
    <message>
        <source>Select a meeting to see the policies it agreed.</source>
        <translation>会議を選ぶと、その会議で合意した対応方針が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>Policies agreed at this meeting: %n (double-click to open)</source>
        <translation>
            <numerusform>この会議で合意した対応方針: %n 件（ダブルクリックで開きます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add council</source>
        <translation>調整会議を追加</translation>
    </message>
    <message>
        <source>Edit council</source>
        <translation>調整会議を編集</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>会議を編集</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>会議を削除</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) were agreed at this meeting. Remove it and clear their meeting? (Edit &gt; Undo brings both back.)</source>
        <translation>
            <numerusform>この会議で %n 件の対応方針が合意されています。会議を削除し、それらの「合意した会議」を空欄にしますか？（編集＞元に戻すで両方とも元に戻せます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Record agreed policies</source>
        <translation>合意した対応方針を記録</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>会議一覧をエクスポート</translation>
    </message>
    <message>
        <source>councils-%1.xlsx</source>
        <translation>調整会議-%1.xlsx</translation>
    </message>
    <message>
        <source>councils.xlsx</source>
        <translation>調整会議.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Koso::CouncilStore</name>
    <message>
        <source>A council needs a name.</source>
        <translation>調整会議の名称を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The council has %n meeting(s); remove them first.</source>
        <translation>
            <numerusform>この調整会議には %n 回の会議が記録されています。先に会議を削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A meeting needs the date it was held.</source>
        <translation>会議の開催日を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) were agreed at this meeting; clear their meeting first.</source>
        <translation>
            <numerusform>この会議で %n 件の対応方針が合意されています。先に対応方針の「合意した会議」を空欄にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1回</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Coordination council meetings, %1</source>
        <translation>地域医療構想調整会議の開催状況（%1）</translation>
    </message>
    <message>
        <source>Coordination council meetings</source>
        <translation>地域医療構想調整会議の開催状況</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>構想区域コード</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Policies agreed</source>
        <translation>合意した対応方針</translation>
    </message>
    <message>
        <source>Hospitals discussed</source>
        <translation>議題とした医療機関</translation>
    </message>
    <message>
        <source>Papers published</source>
        <translation>資料公表</translation>
    </message>
    <message>
        <source>Minutes published</source>
        <translation>議事録公表</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reported to municipalities on</source>
        <translation>市町村への報告日</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Koso::CouncilsCommand</name>
    <message>
        <source>Export the coordination council meetings of a fiscal year (.xlsx or .csv).</source>
        <translation>年度ごとの地域医療構想調整会議の開催状況を出力します（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Only this fiscal year (2024, R6 or 令和6年度).</source>
        <translation>この年度だけ（2024、R6、令和6年度）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>書き出すファイル（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year (write 2024 or 令和6年度).</source>
        <translation>「%1」は年度ではありません（2024 または 令和6年度 と書いてください）。</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.xlsx or --out FILE.csv.</source>
        <translation>書き出すファイルを --out FILE.xlsx または --out FILE.csv で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n meeting(s) to %1.</source>
        <translation>
            <numerusform>%n 回分の会議を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::DataPack</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Hospitals done / all</source>
        <translation>策定済 / 医療機関数</translation>
    </message>
    <message>
        <source>Share of hospitals</source>
        <translation>医療機関ベースの割合</translation>
    </message>
    <message>
        <source>Beds done / all</source>
        <translation>策定済 / 病床数</translation>
    </message>
    <message>
        <source>Share of beds</source>
        <translation>病床ベースの割合</translation>
    </message>
    <message>
        <source>The dataset holds no regions of its home prefecture %1; import MHLW&apos;s workbooks first.</source>
        <translation>データセットに本県（%1）の構想区域がありません。先に厚生労働省のワークブックを取り込んでください。</translation>
    </message>
    <message>
        <source>There is no region %1 in %2.</source>
        <translation>%2 に構想区域 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1: data pack for the study session</source>
        <translation>%1 勉強会用データパック</translation>
    </message>
    <message>
        <source>%1: response policies agreed or verified</source>
        <translation>%1 対応方針の策定状況（合意・検証済）</translation>
    </message>
    <message>
        <source>As of %1; hospitals and clinics with beds, merged ones excluded</source>
        <translation>%1時点。病院・有床診療所（統合されたものを除く）</translation>
    </message>
    <message>
        <source>Done: 合意・検証済 (措置済 counted). Beds: each facility&apos;s newest reported beds, 休棟中等 included.</source>
        <translation>策定済：合意・検証済（措置済を含む）。病床：各医療機関の最新の報告病床数（休棟中等を含む）。</translation>
    </message>
    <message>
        <source>Source: the prefecture&apos;s record of response policies; %1</source>
        <translation>出典：本県の対応方針の記録、%1</translation>
    </message>
    <message>
        <source>data-pack.pdf</source>
        <translation>データパック.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <source>The data pack was cancelled; nothing was kept.</source>
        <translation>データパックの作成を中止しました。作成途中のファイルは残していません。</translation>
    </message>
    <message>
        <source>The dataset holds no regions of prefecture %1; import MHLW&apos;s workbooks first.</source>
        <translation>データセットに都道府県 %1 の構想区域がありません。先に厚生労働省のワークブックを取り込んでください。</translation>
    </message>
</context>
<context>
    <name>Koso::DataPackDialog</name>
    <message>
        <source>&amp;Open the folder when done</source>
        <translation>完了後にフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Write Data Pack</source>
        <translation>データパックを作成(&amp;W)</translation>
    </message>
    <message>
        <source>Data Pack for Part ②</source>
        <translation>②の資料（データパック）</translation>
    </message>
    <message>
        <source>The prefecture&apos;s gap and comparison with the nation, then for each ticked region its figures, gap table, trend and who holds its beds, and the response-policy rates: one PDF (A4 landscape) and a slide-size PNG of every chart.</source>
        <translation>都道府県の必要量との差と全国比較、チェックした構想区域ごとの数値・差の表・推移・病床の保有状況、対応方針の合意・検証率を、1つのPDF（A4横）と各グラフのスライド用PNGにまとめます。</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>すべて外す(&amp;N)</translation>
    </message>
    <message>
        <source>data-pack-%1</source>
        <translation>データパック_%1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Prefecture:</source>
        <translation>都道府県(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>構想区域(&amp;R):</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>保存先フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Folder for the Data Pack</source>
        <translation>データパックの保存先フォルダー</translation>
    </message>
    <message>
        <source>The dataset holds no regions yet: import MHLW&apos;s workbooks (File › Import) first, then write the data pack here.</source>
        <translation>データセットに構想区域がまだありません。先に厚生労働省のワークブックを取り込んでから（ファイル › 取り込み）、ここでデータパックを作成してください。</translation>
    </message>
    <message>
        <source>Writing the data pack…</source>
        <translation>データパックを作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) and %2 slide image(s) in %3.</source>
        <translation>
            <numerusform>%1（%nページ）とスライド画像%2枚を %3 に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::DatapackCommand</name>
    <message>
        <source>Write the data pack for a study session (PDF and slide-size PNGs).</source>
        <translation>勉強会用のデータパック（PDF とスライド用 PNG）を書き出します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATASET</translation>
    </message>
    <message>
        <source>Only this region (4-digit code); may be repeated. Default: every region of the home prefecture.</source>
        <translation>この構想区域のみ（4桁コード、複数指定可）。省略時は本県のすべての構想区域。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>書き出し先のフォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) and %2 PNG(s) in %3 s.</source>
        <translation>
            <numerusform>%1（%nページ）と PNG %2枚を %3 秒で書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The prefecture (2-digit code) whose regions are shown. Default: the home prefecture.</source>
        <translation>構想区域を示す都道府県（2桁のコード）。既定：データセットの都道府県。</translation>
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
    <message>
        <source>%1 is being created by %2.</source>
        <translation>%1 は %2 が作成中です。</translation>
    </message>
    <message>
        <source>%1 is not a Koso Planner dataset that can be opened: it carries the program&apos;s mark but no schema (version %2), like a file whose creation was interrupted. It was left unchanged; create a new dataset instead.</source>
        <translation>%1 は開くことのできる Koso Planner のデータセットではありません。本プログラムの印はありますが、スキーマがありません（バージョン %2）。作成が中断されたファイルと考えられます。ファイルは変更していません。新しいデータセットを作成してください。</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>フォルダーに書き込めません</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>ファイルが書き込み禁止です</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); nothing can be written to it.</source>
        <translation>%1 は読み取り専用です（%2）。書き込むことはできません。</translation>
    </message>
    <message>
        <source>%1 is being edited by %2. Only one person at a time can change a dataset; it can be opened read-only meanwhile.</source>
        <translation>%1 は %2 が編集中です。データセットを変更できるのは一度に一人だけです。その間は読み取り専用で開けます。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>読み取り専用のディスク上にあります</translation>
    </message>
    <message>
        <source>%1 was written by an older Koso Planner and must be upgraded, which needs writing to it, but it is open read-only (%2).</source>
        <translation>%1 は古い Koso Planner で作成されたため更新が必要です。更新には書き込みが必要ですが、読み取り専用で開かれています（%2）。</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>指定による</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened, so that nothing is written to it (%2). Restore it from a backup copy.</source>
        <translation>%1 は破損しているため、何も書き込まないよう開きませんでした（%2）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The file was deleted or moved away while it was open.</source>
        <translation>開いている間にファイルが削除または移動されました。</translation>
    </message>
    <message>
        <source>The file was replaced by another file while it was open.</source>
        <translation>開いている間にファイルが別のファイルに置き換えられました。</translation>
    </message>
    <message>
        <source>The file was replaced by another dataset while it was open.</source>
        <translation>開いている間にファイルが別のデータセットに置き換えられました。</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2); nothing was written.</source>
        <translation>%1 は読み取り専用で開かれています（%2）。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written to it; save a copy of the open dataset elsewhere.</source>
        <translation>%1: %2 このファイルには何も書き込んでいません。開いているデータセットの複製を別の場所に保存してください。</translation>
    </message>
    <message>
        <source>%1 was changed by another program. The dataset was reloaded and this change was not made; make it again if it is still needed.</source>
        <translation>%1 は別のプログラムによって変更されました。データセットを読み込み直し、この変更は行っていません。必要であればもう一度行ってください。</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>%1 として複製を保存できません: %2</translation>
    </message>
    <message>
        <source>The dataset was left at schema %1; a copy of it before the upgrade is %2.</source>
        <translation>データセットはスキーマ %1 のままです。更新前の複製は %2 です。</translation>
    </message>
</context>
<context>
    <name>Koso::DatasetCommand</name>
    <message>
        <source>The change could not be written to the dataset.</source>
        <translation>変更をデータセットに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Koso::DatasetLock</name>
    <message>
        <source>someone</source>
        <translation>だれか</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>不明なコンピューター</translation>
    </message>
    <message>
        <source>Koso Planner</source>
        <translation>Koso Planner</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%2 の %1（%3、プロセス %4、%5 から）</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>ロックファイル %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>Koso::DateLineEdit</name>
    <message>
        <source>e.g. R6.3.31</source>
        <translation>例: R6.3.31</translation>
    </message>
    <message>
        <source>Write 2024/3/31, R6.3.31 or 令和6年3月31日; leave empty for none.</source>
        <translation>2024/3/31、R6.3.31、令和6年3月31日 のいずれかで入力してください。ない場合は空欄にします。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write 2024/3/31, R6.3.31 or 令和6年3月31日.</source>
        <translation>「%1」は日付として読めません。2024/3/31、R6.3.31、令和6年3月31日 のいずれかで入力してください。</translation>
    </message>
    <message>
        <source>%1 is outside the dates accepted here, %2 to %3.</source>
        <translation>%1 は入力できる範囲（%2～%3）の外の日付です。</translation>
    </message>
</context>
<context>
    <name>Koso::DemandImporter</name>
    <message>
        <source>%1 has no sheet of home-visit (在宅) or outpatient (外来) demand.</source>
        <translation>%1 には在宅または外来の需要推計のシートがありません。</translation>
    </message>
    <message>
        <source>%1: two sheets hold the same demand (sheet “%2”).</source>
        <translation>%1：同じ需要推計のシートが2つあります（シート「%2」）。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>%1: the scenario 「%2」 is not known (expected 「現状投影」).</source>
        <translation>%1：推計の前提「%2」は不明です（「現状投影」のはずです）。</translation>
    </message>
    <message>
        <source>%1: expected a row of years (「2024年度」, 「2030年度（現状投影）」) above the header.</source>
        <translation>%1：見出しの上に年度の行（「2024年度」「2030年度（現状投影）」）が見つかりません。</translation>
    </message>
    <message>
        <source>%1: expected the label 「%2」 but did not find it.</source>
        <translation>%1：見出し「%2」が見つかりません。</translation>
    </message>
    <message>
        <source>%1: expected the unit 「レセプト件数/月」 (claims per month).</source>
        <translation>%1：単位「レセプト件数/月」が見つかりません。</translation>
    </message>
    <message>
        <source>%1: the year %2 appears twice.</source>
        <translation>%1：%2年度が2回あります。</translation>
    </message>
    <message>
        <source>%1, column %2: 「%3」 is not a vision region code.</source>
        <translation>%1、%2列：「%3」は構想区域コードではありません。</translation>
    </message>
    <message>
        <source>%1: the region %2 appears twice (rows %3 and %4).</source>
        <translation>%1：構想区域 %2 が2回あります（%3行目と%4行目）。</translation>
    </message>
    <message>
        <source>%1, column %2: %3 cannot be a count.</source>
        <translation>%1、%2列：%3 は件数になり得ません。</translation>
    </message>
    <message>
        <source>%1, column %2: 「%3」 is not a number.</source>
        <translation>%1、%2列：「%3」は数値ではありません。</translation>
    </message>
    <message>
        <source>%1: the table has no vision regions.</source>
        <translation>%1：表に構想区域がありません。</translation>
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
    <message>
        <source>%1 is in use by %2; it was not replaced.</source>
        <translation>%1 は %2 が使用中のため、置き換えませんでした。</translation>
    </message>
    <message>
        <source>Place the demo&apos;s study sessions around DATE (one held before it, one whose MHLW request is due within 14 days, one being planned). Default: today.</source>
        <translation>デモの勉強会を DATE を基準に配置します（それ以前に開催済み1件、厚生労働省への依頼期限が14日以内の1件、構想中の1件）。既定：今日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026-12-06 or 令和8年12月6日).</source>
        <translation>「%1」は日付ではありません（2026-12-06 または 令和8年12月6日 と記入してください）。</translation>
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
    <name>Koso::EmptyDatasetNotice</name>
    <message>
        <source>Import MHLW Workbooks…</source>
        <translation>厚労省ワークブックの取り込み…</translation>
    </message>
    <message>
        <source>This dataset has no bed figures yet. Import MHLW&apos;s 「地域別の病床機能等の見える化」 workbooks (別添4②, 別添4③ and 別添5②, from MHLW&apos;s web page): File › Import MHLW Workbook…, or drop the .xlsx files on the window.</source>
        <translation>このデータセットには、まだ病床数がありません。厚生労働省のホームページから「地域別の病床機能等の見える化」のブック（別添4②、別添4③、別添5②）を取り込んでください（ファイル › 厚労省ワークブックの取り込み…、または .xlsx ファイルをウィンドウにドロップ）。</translation>
    </message>
</context>
<context>
    <name>Koso::ExportCommand</name>
    <message>
        <source>The dataset to read.</source>
        <translation>読み込むデータセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Only this prefecture (JIS code, e.g. 43).</source>
        <translation>この都道府県のみ（JIS コード、例: 43）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>hospitals: this edition&apos;s list instead of the latest.</source>
        <translation>hospitals: 最新版ではなく、この版の医療機関一覧。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Unknown prefecture code %1.</source>
        <translation>都道府県コード %1 は不明です。</translation>
    </message>
    <message>
        <source>Write imported figures as CSV on stdout: region-beds, prefecture-beds, hospitals, flows, demand.</source>
        <translation>取り込んだ数値を CSV で標準出力に書き出します：region-beds、prefecture-beds、hospitals、flows、demand。</translation>
    </message>
    <message>
        <source>region-beds, prefecture-beds, hospitals, flows or demand.</source>
        <translation>region-beds、prefecture-beds、hospitals、flows、demand のいずれか。</translation>
    </message>
    <message>
        <source>Say what to export: region-beds, prefecture-beds, hospitals, flows or demand.</source>
        <translation>書き出すものを指定してください：region-beds、prefecture-beds、hospitals、flows、demand。</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;; choose region-beds, prefecture-beds, hospitals, flows or demand.</source>
        <translation>「%1」は書き出せません。region-beds、prefecture-beds、hospitals、flows、demand から選んでください。</translation>
    </message>
</context>
<context>
    <name>Koso::FacilityLocationImporter</name>
    <message>
        <source>%1 is damaged or incomplete (a truncated or corrupted zip archive: %2).</source>
        <translation>%1 は壊れているか不完全です（zip アーカイブが途中で切れているか破損しています：%2）。</translation>
    </message>
    <message>
        <source>%1 is refused: its zip archive holds %L2 files; MHLW&apos;s holds one CSV.</source>
        <translation>%1 は取り込めません：zip アーカイブに %L2 個のファイルがあります。厚生労働省の公開ファイルには CSV が1つだけ入っています。</translation>
    </message>
    <message>
        <source>%1 is refused: %2 in it is encrypted.</source>
        <translation>%1 は取り込めません：中の %2 が暗号化されています。</translation>
    </message>
    <message>
        <source>%1 holds several CSV files (%2, %3); MHLW&apos;s open data holds one. Import them one by one.</source>
        <translation>%1 には CSV ファイルが複数あります（%2、%3）。厚生労働省のオープンデータには1つだけです。1つずつ取り込んでください。</translation>
    </message>
    <message>
        <source>%1 holds no CSV file: it is not 医療情報ネット open data.</source>
        <translation>%1 には CSV ファイルがありません。医療情報ネットのオープンデータではありません。</translation>
    </message>
    <message>
        <source>%1 is refused: %2 would inflate to %L3 MB, more than the %L4 MB Koso reads.</source>
        <translation>%1 は取り込めません：%2 は展開すると %L3 MB になり、Koso が読み込む上限 %L4 MB を超えます。</translation>
    </message>
    <message>
        <source>%1 is damaged: cannot read %2 (%3).</source>
        <translation>%1 は壊れています：%2 を読み込めません（%3）。</translation>
    </message>
    <message>
        <source>%1 is refused (%2): %3.</source>
        <translation>%1 は取り込めません（%2）：%3。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is %L2 MB large, more than the %L3 MB Koso reads.</source>
        <translation>%1 は %L2 MB あり、Koso が読み込む上限 %L3 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is neither a CSV file nor a zip archive of one: it is not 医療情報ネット open data.</source>
        <translation>%1 は CSV ファイルでも、CSV を収めた zip アーカイブでもありません。医療情報ネットのオープンデータではありません。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Shift_JIS text.</source>
        <translation>%1 は UTF-8 でも Shift_JIS でもありません。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1, line 1: not 医療情報ネット open data; no column labelled %2.</source>
        <translation>%1 の1行目：医療情報ネットのオープンデータではありません。「%2」の列がありません。</translation>
    </message>
    <message>
        <source>%1: the snapshot date is not in the file name as MHLW publishes it (…_20250601.csv); give it (koso import --snapshot 2025-06-01).</source>
        <translation>%1：ファイル名に厚生労働省の公開時と同じ形の時点（…_20250601.csv）がありません。時点を指定してください（koso import --snapshot 2025-06-01）。</translation>
    </message>
    <message>
        <source>%1, line %2, %3: &quot;%4&quot; is not %5.</source>
        <translation>%1 の %2行目、%3：「%4」は%5ではありません。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1 の %2行目：引用符で始まる項目が閉じられていません。</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, but the header has %4.</source>
        <translation>%1 の %2行目：項目が %3 個ありますが、見出し行は %4 個です。</translation>
    </message>
    <message>
        <source>%1: more than %L2 rows; MHLW&apos;s files hold fewer.</source>
        <translation>%1：%L2 行を超えています。厚生労働省のファイルはそれより少ないはずです。</translation>
    </message>
    <message>
        <source>a 機関区分 (1 hospital, 2 clinic)</source>
        <translation>機関区分（1 病院、2 診療所）</translation>
    </message>
    <message>
        <source>an ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a facility name</source>
        <translation>医療機関名</translation>
    </message>
    <message>
        <source>a prefecture code (01–47)</source>
        <translation>都道府県コード（01～47）</translation>
    </message>
    <message>
        <source>a municipality code (3 digits)</source>
        <translation>市区町村コード（3桁）</translation>
    </message>
    <message>
        <source>a coordinate in degrees</source>
        <translation>座標（度）</translation>
    </message>
    <message>
        <source>a number of beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Cannot start writing to the dataset: %1</source>
        <translation>データセットへの書き込みを開始できません：%1</translation>
    </message>
    <message>
        <source>%1, line %2: cannot store the row: %3</source>
        <translation>%1 の %2行目：行を保存できません：%3</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>取り込みを保存できません：%1</translation>
    </message>
</context>
<context>
    <name>Koso::FacilityLocationSummary</name>
    <message>
        <source>%L1 facilities, %L2 without coordinates in Japan (kept as missing).</source>
        <translation>%L1 施設（うち国内の座標がないもの %L2 施設は座標なしとして保存）。</translation>
    </message>
    <message>
        <source>%1 — 医療情報ネット open data, snapshot %2: %3</source>
        <translation>%1 — 医療情報ネット オープンデータ（%2 時点）：%3</translation>
    </message>
    <message>
        <source>  %L1 rows of other kinds of facility (not hospitals or clinics) were skipped.</source>
        <translation>  病院・診療所以外の施設 %L1 行は読み飛ばしました。</translation>
    </message>
    <message>
        <source>  Imported before: nothing changed.</source>
        <translation>  取込済みのファイルです。変更はありません。</translation>
    </message>
    <message>
        <source>  Older than the snapshot in use (%1): nothing changed.</source>
        <translation>  使用中のデータ（%1 時点）より古いため、変更はありません。</translation>
    </message>
    <message>
        <source>  Matched %L1 of %L2 listed facilities (%3 %): %L4 by the same name in their municipality, %L5 without a legal-entity prefix, %L6 by name in their region.</source>
        <translation>  掲載医療機関 %L2 施設のうち %L1 施設を照合しました（%3 %）：市区町村内の同一名称 %L4、法人名を除いた名称 %L5、構想区域内の同一名称 %L6。</translation>
    </message>
    <message>
        <source>  The file lists hospitals, not clinics with beds: of the %L1 facilities taken for hospitals before the match, %L2 matched (%3 %).</source>
        <translation>  このファイルは病院のみを収録し、有床診療所は含みません：照合前に病院と判定していた %L1 施設のうち %L2 施設を照合しました（%3 %）。</translation>
    </message>
    <message>
        <source>  %1: matched %L2 of %L3 (%4 %).</source>
        <translation>  %1：%L3 施設のうち %L2 施設を照合（%4 %）。</translation>
    </message>
    <message>
        <source>  Unmatched, %1: %L2.</source>
        <translation>  照合できなかったもの（%1）：%L2 施設。</translation>
    </message>
    <message>
        <source>  Kinds settled: %L1 matched facilities with 20 beds or more are hospitals (%L2 of them had been guessed clinics with beds). %L3 matched with fewer than 20 beds (or none given) and every unmatched facility keep the kind guessed from their name.</source>
        <translation>  種別の確定：照合できた 20床以上の %L1 施設を一般病院としました（うち %L2 施設は名称から有床診療所と推定していたもの）。照合できた 20床未満（または病床数の記載なし）の %L3 施設と、照合できなかった施設は、名称からの推定のままです。</translation>
    </message>
    <message>
        <source>  %L1 matched facilities are clinics with beds by the clinic file (%L2 of them had been guessed hospitals).</source>
        <translation>  照合できた %L1 施設を診療所ファイルにより有床診療所としました（うち %L2 施設は一般病院と推定していたもの）。</translation>
    </message>
    <message>
        <source>  Regions whose hospitals and clinics with beds disagree with the summary row of 別添5: %L1 before, %L2 now.</source>
        <translation>  一般病院・有床診療所の数が別添5の区域集計行と一致しない構想区域：照合前 %L1、照合後 %L2。</translation>
    </message>
</context>
<context>
    <name>Koso::FacilityMatcher</name>
    <message>
        <source>same name in the municipality</source>
        <translation>市区町村内の同一名称</translation>
    </message>
    <message>
        <source>same name without the legal-entity prefix</source>
        <translation>法人名を除いた同一名称</translation>
    </message>
    <message>
        <source>same name in the vision region (no municipality listed)</source>
        <translation>構想区域内の同一名称（市区町村の記載なし）</translation>
    </message>
    <message>
        <source>listed without a municipality, and no row of the same name in its region</source>
        <translation>市区町村の記載がなく、構想区域内に同一名称の病院がない</translation>
    </message>
    <message>
        <source>no hospital of that name in its municipality</source>
        <translation>市区町村内に同じ名称の病院がない</translation>
    </message>
    <message>
        <source>several hospitals of its municipality fit</source>
        <translation>市区町村内に該当する病院が複数ある</translation>
    </message>
    <message>
        <source>the hospital that fits also fits another listed facility</source>
        <translation>該当する病院が他の掲載医療機関にも該当する</translation>
    </message>
    <message>
        <source>%1 %2: summary row 一般病院 %L3, 有床診療所 %L4; listed %L5 and %L6.</source>
        <translation>%1 %2：集計行 一般病院 %L3・有床診療所 %L4、掲載医療機関 %L5・%L6。</translation>
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
    <name>Koso::FlowCharts</name>
    <message>
        <source>Inflow (where the patients of its hospitals live)</source>
        <translation>流入（自区域の医療機関の患者の住所地）</translation>
    </message>
    <message>
        <source>Outflow (where its residents are admitted)</source>
        <translation>流出（自区域の住民の入院先）</translation>
    </message>
    <message>
        <source>Advanced acute + acute</source>
        <translation>高度急性期＋急性期</translation>
    </message>
    <message>
        <source>Comprehensive (recovery)</source>
        <translation>包括期（回復期）</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>慢性期</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>在宅（訪問診療）</translation>
    </message>
    <message>
        <source>Outpatients</source>
        <translation>外来</translation>
    </message>
    <message>
        <source>Shares of inpatients from NDB claims (MHLW ④ 流入率・流出率); only partners with enough patients are listed (absent is not 0). They differ from the estimated outflow and inflow shares of the patient survey in 別添5.</source>
        <translation>NDB（レセプト）に基づく入院患者の構成比（厚生労働省 ④ 流入率・流出率）。一定数以上の患者がいる区域のみ表示しているため、表示のない区域は0とは限らない。別添5の推計流出・流入患者割合（患者調査に基づく）とは異なる。</translation>
    </message>
    <message>
        <source>現状投影: today&apos;s use rates applied to the projected population; a demand scenario, not a target.</source>
        <translation>現状投影：現在の受療率を将来推計人口に当てはめた需要の見通しであり、目標値ではない。</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2、%3</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>（表示なし）</translation>
    </message>
    <message>
        <source>% of patients</source>
        <translation>患者の構成比（%）</translation>
    </message>
    <message>
        <source>%1: patient %2 by partner region</source>
        <translation>%1：構想区域別の患者%2</translation>
    </message>
    <message>
        <source>Unit: % of patients</source>
        <translation>単位：%（患者の構成比）</translation>
    </message>
    <message>
        <source>Source: MHLW, 構想区域の流出率及び流入率 (NDB), %1</source>
        <translation>出典：厚生労働省「構想区域の流出率及び流入率」（NDB）、%1</translation>
    </message>
    <message>
        <source>%1: demand to 2050 (base year = 100)</source>
        <translation>%1：2050年度までの医療需要（基準年度＝100）</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>指数（基準年度＝100）</translation>
    </message>
    <message>
        <source>%1: home-visit and outpatient demand to 2050</source>
        <translation>%1：2050年度までの在宅（訪問診療）・外来需要</translation>
    </message>
    <message>
        <source>Claims per month, base year 2024 = 100</source>
        <translation>レセプト件数/月、2024年度＝100</translation>
    </message>
    <message>
        <source>Unit: index</source>
        <translation>単位：指数</translation>
    </message>
    <message>
        <source>Source: MHLW, 構想区域別の医療需要推計, %1</source>
        <translation>出典：厚生労働省「構想区域別の医療需要推計」、%1</translation>
    </message>
</context>
<context>
    <name>Koso::FlowRateImporter</name>
    <message>
        <source>%1 has no sheet named 流入率 or 流出率.</source>
        <translation>%1 には「流入率」「流出率」という名前のシートがありません。</translation>
    </message>
    <message>
        <source>%1: two sheets hold the %2 (sheet “%3”).</source>
        <translation>%1：%2のシートが2つあります（シート「%3」）。</translation>
    </message>
    <message>
        <source>%1: expected the label 「%2」 but did not find it.</source>
        <translation>%1：見出し「%2」が見つかりません。</translation>
    </message>
    <message>
        <source>%1: expected the vision region&apos;s code in column A below the summary row.</source>
        <translation>%1：構想区域の状況の行の下のA列に構想区域コードが見つかりません。</translation>
    </message>
    <message>
        <source>%1: the region code %2 does not belong to the prefecture %3.</source>
        <translation>%1：構想区域コード %2 は都道府県 %3 のものではありません。</translation>
    </message>
    <message>
        <source>%1: the region %2 appears twice (blocks at rows %3 and %4).</source>
        <translation>%1：構想区域 %2 が2回あります（%3行目と%4行目のブロック）。</translation>
    </message>
    <message>
        <source>%1: expected 「%2」 on this sheet, found another rate.</source>
        <translation>%1：このシートには「%2」があるはずですが、別の率があります。</translation>
    </message>
    <message>
        <source>%1: 「%2」 is not a share.</source>
        <translation>%1：「%2」は構成比ではありません。</translation>
    </message>
    <message>
        <source>%1: the function group 「%2」 appears twice.</source>
        <translation>%1：病床機能の区分「%2」が2回あります。</translation>
    </message>
    <message>
        <source>%1: no table for the function group %2.</source>
        <translation>%1：病床機能の区分 %2 の表がありません。</translation>
    </message>
    <message>
        <source>%1, column %2: 「%3」 is not a vision region code.</source>
        <translation>%1、%2列：「%3」は構想区域コードではありません。</translation>
    </message>
    <message>
        <source>%1, column %2: %3 is not a share between 0 and 1.</source>
        <translation>%1、%2列：%3 は0から1の間の構成比ではありません。</translation>
    </message>
    <message>
        <source>%1, column %2: 「%3」 is not a share.</source>
        <translation>%1、%2列：「%3」は構成比ではありません。</translation>
    </message>
    <message>
        <source>%1, column %2: a share without a vision region code.</source>
        <translation>%1、%2列：構想区域コードのない構成比があります。</translation>
    </message>
    <message>
        <source>%1: the %2 table of %3 %4 does not list the region itself.</source>
        <translation>%1：%3 %4 の %2 の表に自区域がありません。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>%1: no block titled 「%2」.</source>
        <translation>%1：「%2」のブロックがありません。</translation>
    </message>
</context>
<context>
    <name>Koso::FlowTables</name>
    <message>
        <source>Inflow and outflow shares by vision region (NDB)</source>
        <translation>構想区域別の流入率・流出率（NDB）</translation>
    </message>
    <message>
        <source>Demand estimates by vision region (claims per month)</source>
        <translation>構想区域別の医療需要推計（レセプト件数/月）</translation>
    </message>
</context>
<context>
    <name>Koso::FlowsPage</name>
    <message>
        <source>Outflow (residents admitted elsewhere)</source>
        <translation>流出（住民の他区域への入院）</translation>
    </message>
    <message>
        <source>Inflow (patients from elsewhere)</source>
        <translation>流入（他区域からの患者）</translation>
    </message>
    <message>
        <source>Vision region:</source>
        <translation>構想区域：</translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation>流出入：</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>病床機能：</translation>
    </message>
    <message>
        <source>Patient flows</source>
        <translation>患者の流出入</translation>
    </message>
    <message>
        <source>Demand to 2050</source>
        <translation>2050年度までの需要</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>流出入マトリクス</translation>
    </message>
    <message>
        <source>Planned beds (見込量) against the beds reported for the same year in a later edition</source>
        <translation>見込量と、後の版で報告された同じ年の実績</translation>
    </message>
    <message>
        <source>Change of reported beds between the two latest reports</source>
        <translation>直近2回の報告間の病床数の増減</translation>
    </message>
    <message>
        <source>Planned vs reported</source>
        <translation>見込量と実績</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区域コード</translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation>相手の構想区域</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1（自区域）</translation>
    </message>
    <message>
        <source>no value (%1)</source>
        <translation>値なし（%1）</translation>
    </message>
    <message>
        <source>No patient flows imported: import MHLW&apos;s 構想区域の流出率及び流入率 (File › Import MHLW Workbook).</source>
        <translation>患者の流出入が取り込まれていません。厚生労働省の「構想区域の流出率及び流入率」を取り込んでください（ファイル › 厚生労働省のワークブックを取り込む）。</translation>
    </message>
    <message>
        <source>%1 of all patients: %2 from or to other regions. %3</source>
        <translation>%1の患者全体のうち他区域との流出入：%2。%3</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Claims per month</source>
        <translation>レセプト件数/月</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>Vision region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Population 2024</source>
        <translation>人口（2024年度）</translation>
    </message>
    <message>
        <source>Population 2040</source>
        <translation>人口（2040年）</translation>
    </message>
    <message>
        <source>Home visits 2024</source>
        <translation>在宅 2024年度</translation>
    </message>
    <message>
        <source>Home visits 2040</source>
        <translation>在宅 2040年度</translation>
    </message>
    <message>
        <source>Change to 2040</source>
        <translation>2040年度までの増減</translation>
    </message>
    <message>
        <source>Home visits per 1,000 (2040)</source>
        <translation>在宅 人口千人当たり（2040年）</translation>
    </message>
    <message>
        <source>Outpatients 2024</source>
        <translation>外来 2024年度</translation>
    </message>
    <message>
        <source>Outpatients 2040</source>
        <translation>外来 2040年度</translation>
    </message>
    <message>
        <source>Outpatients per 1,000 (2040)</source>
        <translation>外来 人口千人当たり（2040年）</translation>
    </message>
    <message>
        <source>Residents of ↓ admitted in →</source>
        <translation>住所地↓・入院先→</translation>
    </message>
    <message>
        <source>Hospitals of ↓, patients from →</source>
        <translation>医療機関所在地↓・患者住所地→</translation>
    </message>
    <message>
        <source>Other prefectures</source>
        <translation>他都道府県</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>表示なし</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Older editions</source>
        <translation>以前の版</translation>
    </message>
    <message>
        <source>planned %1 in %2</source>
        <translation>見込量 %1（%2）</translation>
    </message>
    <message>
        <source>reported %1 in %2</source>
        <translation>実績 %1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No year has both planned beds (見込量) and reported beds (実績) yet: import a later edition that reports the planned year.</source>
        <translation>見込量と実績の両方がある年はまだありません。見込量の年の実績を報告した後の版を取り込んでください。</translation>
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
    <message>
        <source>Region %1 %2 has no year with both planned beds (見込量) and reported beds (実績); import a later edition that reports the planned year.</source>
        <translation>構想区域 %1 %2 には見込量と実績の両方がある年がありません。見込量の年の実績を報告した後の版を取り込んでください。</translation>
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
    <name>Koso::HospitalDialog</name>
    <message>
        <source>Add hospital</source>
        <translation>医療機関を追加</translation>
    </message>
    <message>
        <source>Edit hospital</source>
        <translation>医療機関を編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>構想区域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>市区町村(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Owner group:</source>
        <translation>設置主体区分(&amp;O):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>A hospital needs a name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>The dataset has no regions yet; import MHLW&apos;s data first.</source>
        <translation>データセットに構想区域がまだありません。先に厚生労働省のデータを取り込んでください。</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalFiguresChart</name>
    <message>
        <source>Beds by function: %1</source>
        <translation>病床機能別病床数: %1</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Source: MHLW bed function report (%1)</source>
        <translation>出典: 厚生労働省「病床機能報告」（%1）</translation>
    </message>
    <message>
        <source>Beds as reported by the hospital as of 1 July of each year; 休棟中等 are closed or unreported wards.</source>
        <translation>各年7月1日時点で医療機関が報告した病床数。休棟中等は休棟中または機能未報告の病棟。</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>グラフをエクスポート…</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalListImporter</name>
    <message>
        <source>%1: expected %2; the workbook&apos;s layout may have changed.</source>
        <translation>%1: %2 が見つかりません。ブックの様式が変わった可能性があります。</translation>
    </message>
    <message>
        <source>%1, cell %2%3: &quot;%4&quot; is not %5.</source>
        <translation>%1、セル %2%3: 「%4」は%5ではありません。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>a vision region&apos;s table; the sheet is empty</source>
        <translation>構想区域の表（シートが空です）</translation>
    </message>
    <message>
        <source>a section titled &quot;(1)構想区域の状況&quot;</source>
        <translation>「(1)構想区域の状況」の欄</translation>
    </message>
    <message>
        <source>the summary row of the vision region</source>
        <translation>構想区域の集計行</translation>
    </message>
    <message>
        <source>a column labelled &quot;%1&quot; in the summary</source>
        <translation>集計欄の「%1」の列</translation>
    </message>
    <message>
        <source>%1: the sheet name says vision region %2 but its table says %3; Koso cannot tell which is right.</source>
        <translation>%1: シート名は構想区域 %2 ですが、表には %3 とあります。どちらが正しいか判断できません。</translation>
    </message>
    <message>
        <source>a vision region code (at the start of the sheet name, as in &quot;101北海道南渡島&quot;)</source>
        <translation>構想区域コード（「101北海道南渡島」のようにシート名の先頭）</translation>
    </message>
    <message>
        <source>a section titled &quot;(2)区域内の医療機関&quot;</source>
        <translation>「(2)区域内の医療機関」の欄</translation>
    </message>
    <message>
        <source>a column labelled &quot;医療機関名&quot;</source>
        <translation>「医療機関名」の列</translation>
    </message>
    <message>
        <source>a column labelled &quot;所在地&quot;</source>
        <translation>「所在地」の列</translation>
    </message>
    <message>
        <source>a column labelled &quot;%1&quot;</source>
        <translation>「%1」の列</translation>
    </message>
    <message>
        <source>%1, cell %2%3: &quot;%4&quot; in the beds of %5; those beds were not imported.</source>
        <translation>%1、セル %2%3: %5 の病床数が「%4」のため、その病床数は取り込みませんでした。</translation>
    </message>
    <message>
        <source>%1, cell %2%3: the total %4 of %5 differs from the sum of its beds by function, %6.</source>
        <translation>%1、セル %2%3: %5 の計 %4 が機能別病床数の和 %6 と一致しません。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>%1, cell %2%3 (%4): the workbook shows %5 doctors per 100 beds, Koso computes %6.</source>
        <translation>%1、セル %2%3（%4）: 100床当たり医師数はブックでは %5、再計算すると %6 です。</translation>
    </message>
    <message>
        <source>%1: the facilities&apos; %2 beds add up to %3, the summary row says %4.</source>
        <translation>%1: 医療機関の %2 病床数の和は %3 ですが、集計行は %4 です。</translation>
    </message>
    <message>
        <source>%1: the vision region %2 has two sheets.</source>
        <translation>%1: 構想区域 %2 のシートが2つあります。</translation>
    </message>
    <message>
        <source>%1: unknown prefecture code %2.</source>
        <translation>%1: 都道府県コード %2 は不明です。</translation>
    </message>
    <message>
        <source>%1: the sheet names the vision region %2 &quot;%3&quot;; the dataset knows it as &quot;%4&quot;.</source>
        <translation>%1: シートでは構想区域 %2 の名称が「%3」ですが、データセットでは「%4」です。</translation>
    </message>
    <message>
        <source>%1: no column labelled &quot;%2&quot; in some sheets; that figure was not imported there.</source>
        <translation>%1: 一部のシートに「%2」の列がないため、そのシートではこの項目を取り込みませんでした。</translation>
    </message>
    <message>
        <source>%1: the sheet holds more than %L2 rows or %L3 cells; a vision region&apos;s sheet of 別添5② holds a few hundred. It was not imported.</source>
        <translation>%1：このシートには %L2 行または %L3 セルを超える内容があります。別添5②の構想区域のシートは数百行程度です。取り込みませんでした。</translation>
    </message>
    <message>
        <source>a population in 万人</source>
        <translation>人口（万人）</translation>
    </message>
    <message>
        <source>an area in km²</source>
        <translation>面積（k㎡）</translation>
    </message>
    <message>
        <source>a number of beds (a whole number from 0 to %L1)</source>
        <translation>病床数（0～%L1の整数）</translation>
    </message>
    <message>
        <source>a number of beds of one facility (a whole number from 0 to %L1)</source>
        <translation>1医療機関の病床数（0～%L1の整数）</translation>
    </message>
    <message>
        <source>a number of cases (a whole number from 0 to %L1)</source>
        <translation>件数（0～%L1の整数）</translation>
    </message>
    <message>
        <source>a number from 0 to %L1</source>
        <translation>0～%L1の数値</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalListPage</name>
    <message>
        <source>Show merged</source>
        <translation>統合済を表示</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All owner groups</source>
        <translation>すべての設置主体</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての機能</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Re-verification: all</source>
        <translation>再検証: すべて</translation>
    </message>
    <message>
        <source>Re-verification targets</source>
        <translation>再検証対象</translation>
    </message>
    <message>
        <source>Not targets</source>
        <translation>再検証対象外</translation>
    </message>
    <message>
        <source>Search name or municipality</source>
        <translation>医療機関名・市区町村で検索</translation>
    </message>
    <message>
        <source>&amp;Add hospital…</source>
        <translation>医療機関を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit hospital…</source>
        <translation>医療機関を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>状況を設定(&amp;S)</translation>
    </message>
    <message>
        <source>Set the policy status of the selected hospitals (one undo step)</source>
        <translation>選択した医療機関の対応方針の状況をまとめて設定します（1回の操作で元に戻せます）</translation>
    </message>
    <message>
        <source>E&amp;xport policy sheet…</source>
        <translation>対応方針シートを出力(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the policy table for the hospitals to fill in (.xlsx or .csv); a region chosen in the filter limits it to that region</source>
        <translation>医療機関に記入してもらう対応方針の表を出力します（.xlsx または .csv）。構想区域で絞り込んでいる場合はその区域だけを出力します</translation>
    </message>
    <message>
        <source>&amp;Import policy sheet…</source>
        <translation>対応方針シートを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>状況を設定</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべての構想区域</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hospital(s)</source>
        <translation>
            <numerusform>%1 / %n 医療機関</numerusform>
        </translation>
    </message>
    <message>
        <source>Add hospital</source>
        <translation>医療機関を追加</translation>
    </message>
    <message>
        <source>Edit hospital</source>
        <translation>医療機関を編集</translation>
    </message>
    <message>
        <source>Merge hospitals</source>
        <translation>医療機関の統合</translation>
    </message>
    <message>
        <source>policies.xlsx</source>
        <translation>対応方針.xlsx</translation>
    </message>
    <message>
        <source>policies-%1.xlsx</source>
        <translation>対応方針-%1.xlsx</translation>
    </message>
    <message>
        <source>Export policy sheet</source>
        <translation>対応方針シートを出力</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import policy sheet</source>
        <translation>対応方針シートの取り込み</translation>
    </message>
    <message>
        <source>Policy sheets (*.xlsx *.csv)</source>
        <translation>対応方針シート (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Suggest &amp;owner groups…</source>
        <translation>設置主体区分の候補(&amp;O)…</translation>
    </message>
    <message>
        <source>MHLW&apos;s files carry no owner: suggest 公立 / 公的等 / 民間 from the names, to confirm</source>
        <translation>厚生労働省のファイルには設置主体がないため、名称から公立・公的等・民間の候補を示します（確認のうえ設定）</translation>
    </message>
    <message>
        <source>Suggested owner groups</source>
        <translation>設置主体区分の候補</translation>
    </message>
    <message>
        <source>No facility without an owner group has a name that suggests one; set them on each hospital&apos;s page.</source>
        <translation>設置主体区分が未設定の医療機関のうち、名称から区分を推定できるものはありません。各医療機関のページで設定してください。</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalMatcher</name>
    <message>
        <source>similar name</source>
        <translation>名称が類似</translation>
    </message>
    <message>
        <source>same beds by function</source>
        <translation>機能別病床数が同一</translation>
    </message>
    <message>
        <source>similar name, same beds by function</source>
        <translation>名称が類似、機能別病床数が同一</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalMeasuresPanel</name>
    <message>
        <source>Add Measure…</source>
        <translation>支援策を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>No support measure is linked to this hospital. When it plans to use one of the catalogue (the fund, tax relief, WAM&apos;s loans …) or has used one, add it with Add Measure…, with the fiscal year and the amount where known.</source>
        <translation>この医療機関に紐付いた支援策はありません。一覧にある支援策（基金、税制優遇、福祉医療機構の融資など）の活用予定や活用実績があれば、「支援策を追加…」で年度と分かる範囲の金額とともに登録してください。</translation>
    </message>
    <message>
        <source>Support Measures</source>
        <translation>支援策</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalPage</name>
    <message>
        <source>Show the policy as of</source>
        <translation>次の日時点の対応方針を表示</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>実績(&amp;F)</translation>
    </message>
    <message>
        <source>Response &amp;policy</source>
        <translation>対応方針(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Councils</source>
        <translation>調整会議(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <source>The hospital no longer exists (its addition was undone).</source>
        <translation>この医療機関はありません（追加が取り消されました）。</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手入力で追加</translation>
    </message>
    <message>
        <source>Merged into &lt;a href=&quot;hospital:%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;hospital:%1&quot;&gt;%2&lt;/a&gt; に統合されました。</translation>
    </message>
    <message>
        <source>Merged from: %1.</source>
        <translation>統合元: %1。</translation>
    </message>
    <message>
        <source>Beds: %1</source>
        <translation>病床数: %1</translation>
    </message>
    <message>
        <source>Beds: total (休棟中等 excluded)</source>
        <translation>病床数: 計（休棟中等を除く）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>医療機関機能</translation>
    </message>
    <message>
        <source>Doctors (full-time)</source>
        <translation>医師数（常勤）</translation>
    </message>
    <message>
        <source>Doctors (part-time, FTE)</source>
        <translation>医師数（非常勤、常勤換算）</translation>
    </message>
    <message>
        <source>Ambulance cases</source>
        <translation>救急車の受入件数</translation>
    </message>
    <message>
        <source>Operations under general anaesthesia</source>
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
    <message>
        <source>Mean length of stay: %1 (days)</source>
        <translation>平均在棟日数: %1（日）</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Policy agreed</source>
        <translation>対応方針に合意</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Support &amp;measures</source>
        <translation>支援策(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalPoints</name>
    <message>
        <source>Hospital locations: 出典：厚生労働省 医療情報ネット オープンデータ (%1); hospitals not matched by name are not shown.</source>
        <translation>病院の所在地：出典：厚生労働省 医療情報ネット オープンデータ（%1 時点）。名称で照合できなかった病院は表示していません。</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>設置主体区分</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>医療機関機能</translation>
    </message>
    <message>
        <source>Policy status</source>
        <translation>対応方針の状況</translation>
    </message>
    <message>
        <source>Re-verif.</source>
        <translation>再検証</translation>
    </message>
    <message>
        <source>Named for re-verification (再検証対象)</source>
        <translation>再検証対象（2019年に再検証を求められた医療機関）</translation>
    </message>
    <message>
        <source>Beds reported in the newest edition: %1</source>
        <translation>最新の報告の病床数: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>計</translation>
    </message>
    <message>
        <source>The four functions; 休棟中等 not included</source>
        <translation>4機能の計（休棟中等を除く）</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>医師数</translation>
    </message>
    <message>
        <source>Full-time doctors</source>
        <translation>常勤医師数</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <translation>救急車受入</translation>
    </message>
    <message>
        <source>Ambulance cases accepted per year</source>
        <translation>年間の救急車の受入件数</translation>
    </message>
    <message>
        <source>Gen. anaesthesia</source>
        <translation>全身麻酔</translation>
    </message>
    <message>
        <source>Operations under general anaesthesia</source>
        <translation>全身麻酔手術件数</translation>
    </message>
    <message>
        <source>Births</source>
        <translation>分娩件数</translation>
    </message>
    <message>
        <source>Births per year</source>
        <translation>年間の分娩件数</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>手術総数</translation>
    </message>
    <message>
        <source>All operations per year</source>
        <translation>年間の手術総数</translation>
    </message>
    <message>
        <source>Merged into another hospital</source>
        <translation>他の医療機関に統合済</translation>
    </message>
    <message>
        <source>Masked by MHLW (small count)</source>
        <translation>件数が少ないため厚生労働省が秘匿（*）</translation>
    </message>
    <message>
        <source>Reported in %1</source>
        <translation>%1 の報告</translation>
    </message>
</context>
<context>
    <name>Koso::HospitalsPage</name>
    <message>
        <source>← Back to the list</source>
        <translation>← 一覧に戻る</translation>
    </message>
</context>
<context>
    <name>Koso::ImportCommand</name>
    <message>
        <source>The dataset to import into.</source>
        <translation>取り込み先のデータセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Also save the summary as a text file.</source>
        <translation>結果の概要をテキストファイルにも保存します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>標準エラーに進捗を表示しません。</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ファイル...</translation>
    </message>
    <message>
        <source>No workbooks given; run &quot;koso import --help&quot;.</source>
        <translation>ブックが指定されていません。&quot;koso import --help&quot; を参照してください。</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>Nothing changed: every file was imported before.</source>
        <translation>変更はありません。すべてのファイルが取り込み済みです。</translation>
    </message>
    <message>
        <source>The import is done, but the summary could not be saved to %1: %2</source>
        <translation>取り込みは完了しましたが、概要を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The edition of workbooks that do not state theirs, e.g. 令和6年度 or R6; without it, the edition their latest 実績 year implies (2024 → 令和6年度).</source>
        <translation>版が記載されていないブックの版（例：令和6年度、R6）。省略すると、最新の実績年から判断した版（2024 → 令和6年度）とします。</translation>
    </message>
    <message>
        <source>Import MHLW&apos;s workbooks (別添4②, 別添4③, 別添5②, ④ 流入率・流出率, 医療需要推計) and 医療情報ネット&apos;s hospital locations (.zip or .csv) into a dataset.</source>
        <translation>厚生労働省の公表ブック（別添4②、別添4③、別添5②、④ 流入率・流出率、医療需要推計）と医療情報ネットの病院所在地（.zip または .csv）をデータセットに取り込みます。</translation>
    </message>
    <message>
        <source>The snapshot date of 医療情報ネット data whose file name does not carry it (YYYY-MM-DD).</source>
        <translation>ファイル名に時点がない医療情報ネットのデータの時点（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>MHLW workbooks (.xlsx) and 医療情報ネット files (.zip, .csv), in any order.</source>
        <translation>厚生労働省の公表ブック（.xlsx）と医療情報ネットのファイル（.zip、.csv）。順序は問いません。</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;; give it as 2025-06-01.</source>
        <translation>日付「%1」を読み取れません。2025-06-01 の形で指定してください。</translation>
    </message>
</context>
<context>
    <name>Koso::ImportController</name>
    <message>
        <source>Import MHLW workbooks</source>
        <translation>厚生労働省のブックを取り込む</translation>
    </message>
    <message>
        <source>Edition of the workbooks</source>
        <translation>ブックの版</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an edition; write it like 令和6年度, R6 or 2024年度.</source>
        <translation>「%1」は版として認識できません。令和6年度、R6、2024年度 のように入力してください。</translation>
    </message>
    <message>
        <source>Importing MHLW workbooks…</source>
        <translation>厚生労働省のブックを取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>中止しています。データは変更されません…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>取り込みを中止しました</translation>
    </message>
    <message>
        <source>The import was cancelled. The dataset was not changed.</source>
        <translation>取り込みを中止しました。データセットは変更されていません。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>取り込みに失敗しました</translation>
    </message>
    <message>
        <source>The workbooks were not imported; the dataset was not changed.</source>
        <translation>ブックは取り込まれませんでした。データセットは変更されていません。</translation>
    </message>
    <message>
        <source>Nothing in them shows the edition either (a hospital list has no years); choose the edition of the bed workbooks imported with it.</source>
        <translation>ブックの内容からも版を判断できません（医療機関の一覧には年の列がありません）。一緒に取り込む病床数のブックの版を選んでください。</translation>
    </message>
    <message>
        <source>%1 does not state which edition of MHLW&apos;s data it is.
%2
Choose the edition (the fiscal year MHLW published it for, as on its web page):</source>
        <translation>%1 には、厚生労働省のデータの何年度版かが記載されていません。
%2
版（厚生労働省のホームページに記載の公表年度）を選んでください：</translation>
    </message>
    <message>
        <source>MHLW files (*.xlsx *.zip *.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>厚生労働省の公表ファイル (*.xlsx *.zip *.csv);;Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Koso::ImportRegions</name>
    <message>
        <source>%1: the region %2 is of no known prefecture (%3).</source>
        <translation>%1：構想区域 %2 の都道府県（%3）が見つかりません。</translation>
    </message>
</context>
<context>
    <name>Koso::ImportSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The import was cancelled; the dataset was not changed.</source>
        <translation>取り込みを中止しました。データセットは変更されていません。</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>取り込むファイルがありません。</translation>
    </message>
    <message>
        <source>Reading the workbooks</source>
        <translation>ブックを読み込んでいます</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an edition; write it like 令和6年度, R6 or 2024年度.</source>
        <translation>「%1」は版として認識できません。令和6年度、R6、2024年度 のように入力してください。</translation>
    </message>
    <message>
        <source>The dataset has no bed functions; is it a Koso Planner dataset?</source>
        <translation>データセットに病床機能の定義がありません。地域医療構想プランナーのデータセットですか。</translation>
    </message>
    <message>
        <source>%1 states the edition %2, but %3 was given; remove --edition or give the workbook&apos;s own edition.</source>
        <translation>%1 には版 %2 と記載されていますが、%3 が指定されました。--edition を外すか、ブックの版を指定してください。</translation>
    </message>
    <message>
        <source>%1 does not state which edition it is; give it (for example --edition 令和6年度, or choose it in the import dialog).</source>
        <translation>%1 には版の記載がありません。版を指定してください（例: --edition 令和6年度、または取り込み画面で選択）。</translation>
    </message>
    <message>
        <source>%1 has no sheet named after a vision region (like &quot;101北海道南渡島&quot;).</source>
        <translation>%1 には構想区域名のシート（「101北海道南渡島」など）がありません。</translation>
    </message>
    <message>
        <source>Importing the workbooks</source>
        <translation>ブックを取り込んでいます</translation>
    </message>
    <message>
        <source>Cannot start writing to the dataset: %1</source>
        <translation>データセットへの書き込みを開始できません: %1</translation>
    </message>
    <message>
        <source>Checking the workbooks against each other</source>
        <translation>ブック間の整合を確認しています</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>取り込み結果を保存できません: %1</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>見込量</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要量</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4 %5 beds: the prefecture table says %6, its vision regions add up to %7.</source>
        <translation>%1、%2: %3 %4年 %5 の病床数が、都道府県の表では %6、構想区域の合計では %7 です。</translation>
    </message>
    <message>
        <source>%1, %2 %3: the facilities of 別添5② have %4 %5 beds, the region table says %6 for %7.</source>
        <translation>%1、%2 %3: 別添5② の医療機関の %5 病床数は %4、構想区域の表の %7 年は %6 です。</translation>
    </message>
    <message>
        <source>%1, %2 %3: 別添5② gives %4 required %5 beds, the region table %6.</source>
        <translation>%1、%2 %3: %5 の必要量が 別添5② では %4、構想区域の表では %6 です。</translation>
    </message>
    <message>
        <source>%1, %2 %3: 別添5② gives a patient flow of %4 %, the region table %5 %.</source>
        <translation>%1、%2 %3: 一般病床患者流出入率が 別添5② では %4%、構想区域の表では %5% です。</translation>
    </message>
    <message>
        <source>%1 is not one of MHLW&apos;s 見える化 workbooks that Koso imports (別添4②, 別添4③, 別添5②, ④ 流入率・流出率, 医療需要推計); its title reads &quot;%2&quot;.</source>
        <translation>%1 は Koso Planner が取り込む厚生労働省の見える化ワークブック（別添4②、別添4③、別添5②、④ 流入率・流出率、医療需要推計）ではありません。表題は「%2」です。</translation>
    </message>
    <message>
        <source>The workbooks imply different editions: %1 reports up to %2 (%3), %4 up to %5 (%6); import them separately or give the edition.</source>
        <translation>ブックの版が一致しません：%1 は%2年まで（%3）、%4 は%5年まで（%6）の実績です。別々に取り込むか、版を指定してください。</translation>
    </message>
    <message>
        <source>Edition %1: %2 reports the bed function report up to %3 (%3 実績), which MHLW publishes in the %1 edition.</source>
        <translation>版は%1としました：%2 には%3年までの病床機能報告（%3 実績）が載っており、厚生労働省はこれを%1版として公表しています。</translation>
    </message>
    <message>
        <source>%1 has no sheet named 流入率 or 流出率.</source>
        <translation>%1 には「流入率」「流出率」という名前のシートがありません。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message>
        <source>Importing the hospital locations</source>
        <translation>病院の所在地を取り込んでいます</translation>
    </message>
    <message>
        <source>imported before; nothing changed</source>
        <translation>取込済みのため変更なし</translation>
    </message>
    <message>
        <source>Older than the snapshot in use (%1): nothing changed.</source>
        <translation>使用中のデータ（%1 時点）より古いため、変更はありません。</translation>
    </message>
    <message>
        <source>%1 %2: the summary row of 別添5 counts %3 一般病院 and %4 有床診療所; the listed facilities are %5 hospitals and %6 clinics with beds (settled by 医療情報ネット where matched, guessed from the name otherwise).</source>
        <translation>%1 %2：別添5の区域集計行は一般病院 %3・有床診療所 %4 ですが、掲載医療機関は病院 %5・有床診療所 %6 です（医療情報ネットと照合できたものは確定、それ以外は名称からの推定）。</translation>
    </message>
    <message>
        <source>%1 %2: the summary row of 別添5 counts %3 一般病院 and %4 有床診療所; the listed facilities are %5 hospitals and %6 clinics with beds (guessed from their names: import 医療情報ネット&apos;s hospital file to settle them).</source>
        <translation>%1 %2：別添5の区域集計行は一般病院 %3・有床診療所 %4 ですが、掲載医療機関は病院 %5・有床診療所 %6 です（名称からの推定。医療情報ネットの病院ファイルを取り込むと確定します）。</translation>
    </message>
</context>
<context>
    <name>Koso::ImportSessionsCommand</name>
    <message numerus="yes">
        <source>Import %n study session(s) from %1</source>
        <translation>
            <numerusform>%1 から勉強会%n件を取り込み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::ImportSummary</name>
    <message>
        <source>reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>見込量</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要量</translation>
    </message>
    <message>
        <source>no value (%1)</source>
        <translation>値なし（%1）</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4, %5</source>
        <translation>%1 %2、%3 %4年、%5</translation>
    </message>
    <message>
        <source>%1: %2 in %3 differs from %4 in %5, which stays in use</source>
        <translation>%1: %3 の %2 は %5 の %4 と異なります（%5 の値を引き続き使用）</translation>
    </message>
    <message>
        <source>%1: %2 (%3) → %4 (%5)</source>
        <translation>%1: %2（%3）→ %4（%5）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3（%4）</translation>
    </message>
    <message>
        <source>%1: already imported on %2 (%3); nothing changed.</source>
        <translation>%1: %2 に取り込み済み（%3）のため、変更はありません。</translation>
    </message>
    <message>
        <source>%1 prefecture blocks</source>
        <translation>都道府県 %1 件</translation>
    </message>
    <message>
        <source>%1 vision regions</source>
        <translation>構想区域 %1 件</translation>
    </message>
    <message>
        <source>%1 bed figures</source>
        <translation>病床数 %1 件</translation>
    </message>
    <message>
        <source>%1 facilities (%2 not reported)</source>
        <translation>医療機関 %1 件（うち未報告 %2 件）</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2、%3: %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Koso Planner: import of MHLW workbooks</source>
        <translation>地域医療構想プランナー: 厚生労働省ブックの取り込み結果</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>取り込みを中止しました。変更はありません。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Figures that changed (%1): the newer edition&apos;s figure is now used; the older one is kept.</source>
        <translation>変更された数値（%1 件）: 新しい版の数値を使用します。古い版の数値も保持しています。</translation>
    </message>
    <message>
        <source>Figures of the imported older edition that differ from a newer edition (%1): the newer figure stays in use.</source>
        <translation>取り込んだ古い版の数値のうち、新しい版と異なるもの（%1 件）: 新しい版の数値を引き続き使用します。</translation>
    </message>
    <message>
        <source>Facilities of %1 compared with %2:</source>
        <translation>%1 の医療機関（%2 との比較）:</translation>
    </message>
    <message>
        <source>  New (%1):</source>
        <translation>  新規（%1 件）:</translation>
    </message>
    <message>
        <source>  No longer listed (%1):</source>
        <translation>  掲載なし（%1 件）:</translation>
    </message>
    <message>
        <source>  Look renamed; please confirm (%1):</source>
        <translation>  名称変更と思われるもの（%1 件、確認してください）:</translation>
    </message>
    <message>
        <source>    %1 → %2 (%3)</source>
        <translation>    %1 → %2（%3）</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>警告（%1 件）:</translation>
    </message>
    <message>
        <source>No warnings: every cross-check agreed.</source>
        <translation>警告はありません。すべての照合が一致しました。</translation>
    </message>
    <message>
        <source>%1 patient flow shares</source>
        <translation>患者の流出入の構成比 %1 件</translation>
    </message>
    <message>
        <source>%1 demand estimates</source>
        <translation>需要推計 %1 件</translation>
    </message>
    <message>
        <source>Hospital locations (医療情報ネット):</source>
        <translation>病院の所在地（医療情報ネット）：</translation>
    </message>
</context>
<context>
    <name>Koso::ImportSummaryDialog</name>
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
        <source>Import summary</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <source>Every file had been imported before: nothing changed.</source>
        <translation>すべてのファイルが取り込み済みのため、変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n 件のファイルを取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): please read them.</source>
        <translation>
            <numerusform>警告が %n 件あります。内容を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cross-check agreed.</source>
        <translation>すべての照合が一致しました。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用する版</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Changed figures (%1)</source>
        <translation>変更された数値（%1）</translation>
    </message>
    <message>
        <source>No earlier list of facilities to compare with.</source>
        <translation>比較できる以前の医療機関一覧はありません。</translation>
    </message>
    <message>
        <source>%1 compared with %2.</source>
        <translation>%1 を %2 と比較しました。</translation>
    </message>
    <message>
        <source>Look renamed (%1): check the pairs that are the same facility.</source>
        <translation>名称変更と思われるもの（%1 件）: 同一の医療機関である組にチェックを入れてください。</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Treat the checked pairs as one facility</source>
        <translation>チェックした組を同一の医療機関とする</translation>
    </message>
    <message>
        <source>New (%1):</source>
        <translation>新規（%1 件）:</translation>
    </message>
    <message>
        <source>No longer listed (%1):</source>
        <translation>掲載なし（%1 件）:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>No warnings: every cross-check agreed.</source>
        <translation>警告はありません。すべての照合が一致しました。</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>テキストで保存…</translation>
    </message>
    <message>
        <source>Save the import summary</source>
        <translation>取り込み結果の保存</translation>
    </message>
    <message>
        <source>import-summary.txt</source>
        <translation>取り込み結果.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Confirm renamed facilities</source>
        <translation>名称変更の確認</translation>
    </message>
    <message>
        <source>Hospital locations</source>
        <translation>病院の所在地</translation>
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
    <name>Koso::Label</name>
    <message>
        <source>%1, sheet &quot;%2&quot;, row %3</source>
        <translation>%1、シート「%2」、%3 行目</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1、シート「%2」</translation>
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
    <name>Koso::LocationsCommand</name>
    <message>
        <source>List the facilities matched to 医療情報ネット&apos;s hospital locations, or those not matched with the reason.</source>
        <translation>医療情報ネットの病院所在地と照合できた医療機関、または照合できなかった医療機関とその理由を一覧表示します。</translation>
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
        <source>The prefecture whose facilities to list (default: the home prefecture).</source>
        <translation>一覧表示する都道府県（既定はデータセットの都道府県）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>List the facilities of every prefecture.</source>
        <translation>全都道府県の医療機関を一覧表示します。</translation>
    </message>
    <message>
        <source>Only the facilities that were not matched.</source>
        <translation>照合できなかった医療機関だけを表示します。</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>テキストの代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; run &quot;koso locations --help&quot;.</source>
        <translation>不明な引数「%1」です。「koso locations --help」を参照してください。</translation>
    </message>
    <message>
        <source>Give either --prefecture or --all, not both.</source>
        <translation>--prefecture と --all はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Unknown prefecture code &quot;%1&quot;.</source>
        <translation>都道府県コード「%1」はありません。</translation>
    </message>
    <message>
        <source>No 医療情報ネット data in this dataset: import it with koso import FILE.zip.</source>
        <translation>このデータセットには医療情報ネットのデータがありません。koso import ファイル.zip で取り込んでください。</translation>
    </message>
    <message>
        <source>医療情報ネット snapshot %1: %L2 of %L3 facilities matched (%4 %).</source>
        <translation>医療情報ネット（%1 時点）：%L3 施設のうち %L2 施設を照合（%4 %）。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>region name</source>
        <translation>構想区域名</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>status</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>how or why</source>
        <translation>照合方法・理由</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>clinic with beds</source>
        <translation>有床診療所</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>一般病院</translation>
    </message>
    <message>
        <source> (guessed from the name)</source>
        <translation>（名称からの推定）</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>照合済</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>照合できず</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>Regions whose hospitals and clinics with beds disagree with the summary row of 別添5: %L1.</source>
        <translation>一般病院・有床診療所の数が別添5の区域集計行と一致しない構想区域：%L1。</translation>
    </message>
</context>
<context>
    <name>Koso::MainWindow</name>
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
    <message>
        <source>&amp;Import MHLW Workbook…</source>
        <translation>厚労省ワークブックの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>チェックリスト(&amp;C)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>構想区域一覧</translation>
    </message>
    <message>
        <source>Flows and demand</source>
        <translation>流出入と需要推計</translation>
    </message>
    <message>
        <source>Study Sessions</source>
        <translation>勉強会</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>複製を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Dataset in Use</source>
        <translation>使用中のデータセット</translation>
    </message>
    <message>
        <source>%1 is being edited by %2.

Only one person at a time can change a dataset. You can open it read-only now and see their changes when they have saved them.</source>
        <translation>%1 は %2 が編集中です。

データセットを変更できるのは一度に一人だけです。今は読み取り専用で開くことができ、相手が保存した変更はその後に表示されます。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>%1 is editing it</source>
        <translation>%1 が編集中</translation>
    </message>
    <message>
        <source>%1 [file gone: not saved] — Koso Planner</source>
        <translation>%1［ファイルなし：未保存］— Koso Planner</translation>
    </message>
    <message>
        <source>Not saved: the file is gone (File › Save a Copy…)</source>
        <translation>未保存：ファイルがありません（ファイル › 複製を保存…）</translation>
    </message>
    <message>
        <source>%1 [read-only] — Koso Planner</source>
        <translation>%1［読み取り専用］— Koso Planner</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>読み取り専用：%1</translation>
    </message>
    <message>
        <source>Save a Copy of the Dataset</source>
        <translation>データセットの複製を保存</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-複製</translation>
    </message>
    <message>
        <source>Koso Planner datasets (*.koso)</source>
        <translation>Koso Planner データセット (*.koso)</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>複製を保存できません</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>%1 として複製を保存しました。</translation>
    </message>
    <message>
        <source>Dataset File Gone</source>
        <translation>データセットのファイルがありません</translation>
    </message>
    <message>
        <source>%1

%2 Nothing was written to that path, and nothing more will be.

What you had open is still here: save it as a new dataset to keep your work.</source>
        <translation>%1

%2 そのパスには何も書き込んでおらず、今後も書き込みません。

開いていた内容はまだ残っています。作業を失わないよう、新しいデータセットとして保存してください。</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>複製を保存…</translation>
    </message>
    <message>
        <source>The dataset was changed by another program: the pages were reloaded and the undo history cleared, so that undoing cannot write over their change.</source>
        <translation>データセットが別のプログラムによって変更されました。元に戻す操作で相手の変更を上書きしないよう、画面を読み込み直し、元に戻す履歴を消去しました。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
</context>
<context>
    <name>Koso::MapCommand</name>
    <message>
        <source>Draw a map of the vision regions coloured by a measure (PNG, SVG, PDF) or write them as GeoJSON.</source>
        <translation>構想区域を指標で色分けした地図を描きます（PNG、SVG、PDF）。GeoJSON でも書き出せます。</translation>
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
        <source>The prefecture to draw (default: the home prefecture).</source>
        <translation>描く都道府県（既定はデータセットの都道府県）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Draw the whole country.</source>
        <translation>全国を描きます。</translation>
    </message>
    <message>
        <source>The measure to colour by: %1 (default gap_ratio).</source>
        <translation>色分けする指標：%1（既定は gap_ratio）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The file to write (.png, .svg, .pdf or .geojson).</source>
        <translation>書き出すファイル（.png、.svg、.pdf、.geojson）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1200).</source>
        <translation>画像の大きさ（ピクセル、既定は 1600x1200）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>Give either --prefecture or --nation, not both.</source>
        <translation>--prefecture と --nation はどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Cannot draw a map to %1: the file name must end in .png, .svg, .pdf or .geojson.</source>
        <translation>%1 に地図を書き出せません。ファイル名の末尾は .png、.svg、.pdf、.geojson のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Cannot read the size &quot;%1&quot;; give it as 1600x1200.</source>
        <translation>大きさ「%1」を読めません。1600x1200 のように指定してください。</translation>
    </message>
    <message>
        <source>The map boundaries could not be loaded.</source>
        <translation>地図の境界データを読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is no map of prefecture %1 (the map has the 47 prefectures).</source>
        <translation>都道府県 %1 の地図はありません（地図は47都道府県分です）。</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>%1: %2 by vision region</source>
        <translation>%1：構想区域別の%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 vision regions).</source>
        <translation>%1 を書き出しました（構想区域 %2）。</translation>
    </message>
    <message>
        <source>Hospitals located by 医療情報ネット as points, coloured by their response policy (policy, the default on a prefecture&apos;s map) or main function (function), or none (the default with --nation).</source>
        <translation>医療情報ネットで所在地が分かる病院を点で描きます。色は対応方針の状況（policy、都道府県の地図の既定）、主な病床機能（function）、または描かない（none、--nation の既定）。</translation>
    </message>
    <message>
        <source>none|policy|function</source>
        <translation>none|policy|function</translation>
    </message>
    <message>
        <source>Unknown --hospitals &quot;%1&quot;; give none, policy or function.</source>
        <translation>--hospitals「%1」は指定できません。none、policy、function のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 vision regions, %3 hospitals).</source>
        <translation>%1 を出力しました（構想区域 %2、病院 %3）。</translation>
    </message>
</context>
<context>
    <name>Koso::MapGeometry</name>
    <message>
        <source>The municipality → vision region table is empty or missing.</source>
        <translation>市区町村と構想区域の対応表が空か、見つかりません。</translation>
    </message>
    <message>
        <source>The map boundaries cannot be read: %1</source>
        <translation>地図の境界データを読めません：%1</translation>
    </message>
    <message>
        <source>The map boundaries hold no objects.</source>
        <translation>地図の境界データに図形がありません。</translation>
    </message>
    <message>
        <source>No municipality of the map belongs to a vision region.</source>
        <translation>地図のどの市区町村も構想区域に属していません。</translation>
    </message>
</context>
<context>
    <name>Koso::MapMeasures</name>
    <message>
        <source>Planned ÷ required beds (total)</source>
        <translation>見込量÷必要量（合計）</translation>
    </message>
    <message>
        <source>Latest reported ÷ required beds (total)</source>
        <translation>最新の報告病床数÷必要量（合計）</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Source: MHLW, 見える化 workbooks (2020 census)</source>
        <translation>出典：厚生労働省 見える化データ（令和2年国勢調査）</translation>
    </message>
    <message>
        <source>Inflow share (patients from other regions)</source>
        <translation>流入率（他区域からの患者）</translation>
    </message>
    <message>
        <source>Outflow share (residents admitted elsewhere)</source>
        <translation>流出率（住民の他区域への入院）</translation>
    </message>
    <message>
        <source>Source: MHLW, 構想区域の流出率及び流入率 (NDB), %1</source>
        <translation>出典：厚生労働省「構想区域の流出率及び流入率」（NDB）、%1</translation>
    </message>
    <message>
        <source>Home-visit demand 2040 ÷ 2024</source>
        <translation>在宅（訪問診療）需要 2040年度÷2024年度</translation>
    </message>
    <message>
        <source>Outpatient demand 2040 ÷ 2024</source>
        <translation>外来需要 2040年度÷2024年度</translation>
    </message>
    <message>
        <source>Source: MHLW, 構想区域別の医療需要推計, %1</source>
        <translation>出典：厚生労働省「構想区域別の医療需要推計」、%1</translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot;; use one of: %2.</source>
        <translation>指標「%1」は不明です。次のいずれかを指定してください：%2。</translation>
    </message>
    <message>
        <source>Latest reported ÷ required beds (%1)</source>
        <translation>最新の報告病床数÷必要量（%1）</translation>
    </message>
    <message>
        <source>high acute</source>
        <translation>高度急性期</translation>
    </message>
    <message>
        <source>acute</source>
        <translation>急性期</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>回復期</translation>
    </message>
    <message>
        <source>chronic</source>
        <translation>慢性期</translation>
    </message>
    <message>
        <source>Reporting rate (latest year)</source>
        <translation>報告率（最新年）</translation>
    </message>
    <message>
        <source>Policy agreement rate (hospitals)</source>
        <translation>対応方針の合意・検証率（医療機関数）</translation>
    </message>
    <message>
        <source>Policy agreement rate (beds)</source>
        <translation>対応方針の合意・検証率（病床数）</translation>
    </message>
    <message>
        <source>Source: the response policies recorded in this dataset (合意・検証済 or 措置済), as of today</source>
        <translation>出典：本データセットに記録した対応方針（合意・検証済又は措置済）、本日現在</translation>
    </message>
</context>
<context>
    <name>Koso::MapPage</name>
    <message>
        <source>Home prefecture</source>
        <translation>本県</translation>
    </message>
    <message>
        <source>Japan (all regions)</source>
        <translation>全国（全構想区域）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in (or turn the mouse wheel; drag to move the map)</source>
        <translation>拡大（マウスホイールでも可。ドラッグで地図を移動）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>地図全体を表示</translation>
    </message>
    <message>
        <source>Region corrections…</source>
        <translation>区域の補正…</translation>
    </message>
    <message>
        <source>Municipalities drawn in another region than the shipped table; right-click a municipality on the map to move it</source>
        <translation>同梱の対応表と異なる構想区域に描く市区町村。地図上の市区町村を右クリックすると移せます</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Image (PNG, SVG, PDF)…</source>
        <translation>画像（PNG・SVG・PDF）…</translation>
    </message>
    <message>
        <source>GeoJSON for GIS (QGIS)…</source>
        <translation>GIS用 GeoJSON（QGIS）…</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>地図：</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>色分け：</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Open region page</source>
        <translation>構想区域の分析を開く</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>重ねて表示</translation>
    </message>
    <message>
        <source>Patient flows of the selected region:</source>
        <translation>選択した構想区域の患者の流出入：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <source>High acute and acute</source>
        <translation>高度急性期・急性期</translation>
    </message>
    <message>
        <source>Comprehensive (包括期)</source>
        <translation>包括期</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>慢性期</translation>
    </message>
    <message>
        <source>Outflow: residents admitted there (solid)</source>
        <translation>流出：住民の入院先（実線）</translation>
    </message>
    <message>
        <source>Inflow: patients from there (dashed)</source>
        <translation>流入：患者の住所地（破線）</translation>
    </message>
    <message>
        <source>Hospitals (size by beds):</source>
        <translation>医療機関（大きさは病床数）：</translation>
    </message>
    <message>
        <source>Coloured by policy status</source>
        <translation>対応方針の状況で色分け</translation>
    </message>
    <message>
        <source>Coloured by main function</source>
        <translation>主な病床機能で色分け</translation>
    </message>
    <message>
        <source>Import MHLW Workbooks…</source>
        <translation>厚労省ワークブックを取り込む…</translation>
    </message>
    <message>
        <source>Show the map of Japan</source>
        <translation>全国の地図を表示</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Open or create a dataset to draw the map of its regions.</source>
        <translation>データセットを開くか作成すると、構想区域の地図を表示します。</translation>
    </message>
    <message>
        <source>There is no map of %1: the map holds the boundaries of the 47 prefectures, and this dataset&apos;s home prefecture (%2) is not one of them — the demo&apos;s サンプル県 is fictional. Show the map of Japan, or create a dataset for your prefecture and import MHLW&apos;s workbooks (File › New Dataset…, then File › Import MHLW Workbook…) to see its regions.</source>
        <translation>%1の地図はありません。地図は47都道府県の境界を収録していますが、このデータセットの対象都道府県（%2）はそのいずれでもありません（デモのサンプル県は架空の県です）。全国の地図を表示するか、貴県のデータセットを作成して厚生労働省のワークブックを取り込むと（ファイル › データセットの新規作成…、ファイル › 厚労省ワークブックの取り込み…）、構想区域の地図を表示できます。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Point at a region: its value. Click: select it, draw its flows. Double-click: open its page.</source>
        <translation>ポインタを合わせると値を表示、クリックで選択して流出入を表示、ダブルクリックで構想区域の分析を開きます。</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n 市区町村</numerusform>
        </translation>
    </message>
    <message>
        <source>No flows of %1 in this dataset: import MHLW&apos;s 流出率・流入率 workbook (令和7年度 edition).</source>
        <translation>このデータセットには%1の流出入がありません。厚生労働省の流出率・流入率のワークブック（令和7年度版）を取り込んでください。</translation>
    </message>
    <message>
        <source>%1: line width by share (%2).</source>
        <translation>%1：線の太さは割合（%2）。</translation>
    </message>
    <message>
        <source>No hospital located yet. Import MHLW&apos;s 医療情報ネット open data to place hospitals.</source>
        <translation>医療機関の位置は未登録です。厚生労働省「医療情報ネット」のオープンデータを取り込むと表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n hospitals placed.</source>
        <translation>
            <numerusform>%n 医療機関を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 by vision region</source>
        <translation>%1：構想区域別の%2</translation>
    </message>
    <message>
        <source>There is no map to export.</source>
        <translation>出力する地図がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>GeoJSON の出力</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>Move %1 to region…</source>
        <translation>%1 を別の構想区域へ移す…</translation>
    </message>
    <message>
        <source>Restore the shipped region of %1</source>
        <translation>%1 を同梱の対応表の構想区域に戻す</translation>
    </message>
    <message>
        <source>Move to region</source>
        <translation>構想区域の変更</translation>
    </message>
</context>
<context>
    <name>Koso::MapRenderer</name>
    <message>
        <source>under %1</source>
        <translation>%1 未満</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot draw a map to %1: the file name must end in .png, .svg, .pdf or .geojson.</source>
        <translation>%1 に地図を書き出せません。ファイル名の末尾は .png、.svg、.pdf、.geojson のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Mostly advanced acute</source>
        <translation>高度急性期が最多</translation>
    </message>
    <message>
        <source>Mostly acute</source>
        <translation>急性期が最多</translation>
    </message>
    <message>
        <source>Mostly recovery</source>
        <translation>回復期が最多</translation>
    </message>
    <message>
        <source>Mostly chronic</source>
        <translation>慢性期が最多</translation>
    </message>
    <message>
        <source>No beds reported</source>
        <translation>病床の報告なし</translation>
    </message>
    <message>
        <source>Policy agreed and verified</source>
        <translation>対応方針 合意・検証済</translation>
    </message>
    <message>
        <source>Policy under way</source>
        <translation>対応方針 協議中</translation>
    </message>
    <message>
        <source>No policy drafted</source>
        <translation>対応方針 未策定</translation>
    </message>
    <message numerus="yes">
        <source>Hospitals (%n located)</source>
        <translation>
            <numerusform>病院（所在地あり %n 施設）</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 beds</source>
        <translation>%L1床</translation>
    </message>
</context>
<context>
    <name>Koso::MapScene</name>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1
%2 beds</source>
        <translation>%1
%2 床</translation>
    </message>
</context>
<context>
    <name>Koso::MeasureDialog</name>
    <message>
        <source>Edit Support Measure</source>
        <translation>支援策の編集</translation>
    </message>
    <message>
        <source>New Support Measure</source>
        <translation>支援策の追加</translation>
    </message>
    <message>
        <source>Empty: no end date</source>
        <translation>空欄：終了日なし</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>根拠(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Who can use it:</source>
        <translation>対象(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>要件(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>適用開始(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>適用終了(&amp;T)：</translation>
    </message>
    <message>
        <source>Saving stores version %1; the earlier versions are kept.</source>
        <translation>保存すると第%1版になります。以前の版も残ります。</translation>
    </message>
    <message>
        <source>Enter a name, and dates of validity that end after they begin.</source>
        <translation>名称を入力し、有効期間は終了日が開始日より後になるようにしてください。</translation>
    </message>
</context>
<context>
    <name>Koso::MeasureStore</name>
    <message>
        <source>A support measure needs a name.</source>
        <translation>支援策には名称が必要です。</translation>
    </message>
    <message>
        <source>The measure&apos;s validity ends before it begins.</source>
        <translation>支援策の有効期間の終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Choose a measure and a hospital.</source>
        <translation>支援策と医療機関を選んでください。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額は負にできません。</translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation>この紐付けはすでにありません。</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>事例には名称が必要です。</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>この事例はすでにありません。</translation>
    </message>
    <message>
        <source>Support measures</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Who can use it</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>適用開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>適用終了</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>廃止日</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Hospitals linked</source>
        <translation>紐付いた医療機関数</translation>
    </message>
    <message>
        <source>The shipped catalogue summarises the measures in our own words; check the notices and guidelines in force before advising a hospital.</source>
        <translation>同梱の一覧は各支援策を独自の表現で要約したものです。医療機関に助言する前に、現行の通知・要綱を確認してください。</translation>
    </message>
</context>
<context>
    <name>Koso::MeasureUse</name>
    <message>
        <source>Used</source>
        <translation>活用済</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>活用予定</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
</context>
<context>
    <name>Koso::MeasureUseDialog</name>
    <message>
        <source>Edit Measure of Hospital</source>
        <translation>医療機関の支援策の編集</translation>
    </message>
    <message>
        <source>Link Measure to Hospital</source>
        <translation>支援策と医療機関の紐付け</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yen; empty when not known</source>
        <translation>円（不明なら空欄）</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>支援策(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Hospital:</source>
        <translation>医療機関(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>段階(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a measure and a hospital; write the amount in yen (digits only) or leave it empty.</source>
        <translation>支援策と医療機関を選んでください。金額は円単位の数字で記入するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>Koso::MeasuresCommand</name>
    <message>
        <source>List the support measures and the hospitals linked to each.</source>
        <translation>支援策の一覧と、紐付いた医療機関を表示します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATASET</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>想定外の引数「%1」があります。</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>%1 廃止</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s)</source>
        <translation>
            <numerusform>%n医療機関</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::MeetingDialog</name>
    <message>
        <source>Papers published</source>
        <translation>資料公表</translation>
    </message>
    <message>
        <source>Minutes published</source>
        <translation>議事録公表</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>会議を編集</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>第</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>議題を1行に1つずつ</translation>
    </message>
    <message>
        <source>What the council decided</source>
        <translation>会議で決定した事項</translation>
    </message>
    <message>
        <source>https://… where papers and minutes are published</source>
        <translation>資料・議事録を公表した https://…</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>調整会議(&amp;C):</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>回数(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>開催日(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>議題(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>決定事項(&amp;D):</translation>
    </message>
    <message>
        <source>Hospitals on the agenda:</source>
        <translation>議題とした医療機関:</translation>
    </message>
    <message>
        <source>Published at (&amp;URL):</source>
        <translation>公表先(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Reported to municipalities on:</source>
        <translation>市町村への報告日(&amp;R):</translation>
    </message>
    <message>
        <source>Add a council first.</source>
        <translation>先に調整会議を追加してください。</translation>
    </message>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation>会議の開催日を入力してください。</translation>
    </message>
    <message>
        <source>The date of the report to the municipalities is not a date.</source>
        <translation>市町村への報告日が日付として読めません。</translation>
    </message>
</context>
<context>
    <name>Koso::MergeDialog</name>
    <message>
        <source>Into an existing hospital:</source>
        <translation>既存の医療機関に統合:</translation>
    </message>
    <message>
        <source>Into a new hospital:</source>
        <translation>新しい医療機関に統合:</translation>
    </message>
    <message>
        <source>Merge hospitals</source>
        <translation>医療機関の統合</translation>
    </message>
    <message>
        <source>Merging: %1. Their figures, policies and history are kept and shown with the hospital they become part of.</source>
        <translation>統合する医療機関: %1。実績・対応方針・変更履歴は残り、統合先の医療機関とあわせて表示されます。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>市区町村:</translation>
    </message>
    <message>
        <source>Give the new hospital a name.</source>
        <translation>新しい医療機関の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose at least two hospitals to merge.</source>
        <translation>統合する医療機関を2つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>Koso::MoveMunicipalityCommand</name>
    <message>
        <source>Move %1 to region %2</source>
        <translation>%1 を構想区域 %2 へ移す</translation>
    </message>
    <message>
        <source>Restore the region of %1</source>
        <translation>%1 の構想区域を元に戻す</translation>
    </message>
</context>
<context>
    <name>Koso::MoveMunicipalityDialog</name>
    <message>
        <source>Move to region</source>
        <translation>構想区域の変更</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>市区町村：</translation>
    </message>
    <message>
        <source>Now drawn in:</source>
        <translation>現在の構想区域：</translation>
    </message>
    <message>
        <source>%1 — as shipped (国土数値情報 A38)</source>
        <translation>%1 — 同梱の対応表（国土数値情報 A38）</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>構想区域：</translation>
    </message>
    <message>
        <source>Why (e.g. the council&apos;s decision of 令和7年3月)</source>
        <translation>理由（例：令和7年3月の調整会議で決定）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Only the maps follow: the region figures keep coming from MHLW&apos;s tables.</source>
        <translation>変わるのは地図だけです。構想区域の数値は引き続き厚生労働省の表によります。</translation>
    </message>
</context>
<context>
    <name>Koso::NewAssessmentDialog</name>
    <message>
        <source>Start with every item unanswered</source>
        <translation>すべての項目を未回答で始める</translation>
    </message>
    <message>
        <source>Start from a copy of:</source>
        <translation>次の自己点検の写しから始める：</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>自己点検の新規作成</translation>
    </message>
    <message>
        <source>optional, e.g. 6月時点</source>
        <translation>任意（例：6月時点）</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Date filled in:</source>
        <translation>記入日：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート：</translation>
    </message>
    <message>
        <source>A copy carries over the answers, remarks and sections in charge item by item, so that only what changed needs editing.</source>
        <translation>写しから始めると回答・備考・担当課が項目ごとに引き継がれるので、変わった点だけを直せば済みます。</translation>
    </message>
</context>
<context>
    <name>Koso::NewCommand</name>
    <message>
        <source>Create an empty dataset for a home prefecture, to import MHLW&apos;s workbooks into.</source>
        <translation>対象都道府県の空のデータセットを作成します（厚生労働省のブックの取込先）。</translation>
    </message>
    <message>
        <source>The dataset file to create.</source>
        <translation>作成するデータセットのファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The home prefecture: its 2-digit JIS code, 01 (北海道) to 47 (沖縄県).</source>
        <translation>対象都道府県：2桁のJISコード（01 北海道 ～ 47 沖縄県）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>--prefecture must be a JIS code from 01 to 47, not &quot;%1&quot;.</source>
        <translation>--prefecture には 01 から 47 までのJISコードを指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Created %1 for %2 %3; import MHLW&apos;s workbooks with koso import --db %1.</source>
        <translation>%1 を %2 %3 のデータセットとして作成しました。厚生労働省のブックは koso import --db %1 で取り込めます。</translation>
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
    <name>Koso::OwnerGroupDialog</name>
    <message>
        <source>Suggested owner groups</source>
        <translation>設置主体区分の候補</translation>
    </message>
    <message numerus="yes">
        <source>MHLW&apos;s workbooks do not say who owns a facility, so %n facilities have no owner group (公立 / 公的等 / 民間). For %1 of them the legal-entity words of the name suggest one. Untick what is wrong; the ticked ones are set as one step that Edit › Undo takes back. The others stay unset: set them on the hospital&apos;s page.</source>
        <translation>
            <numerusform>厚生労働省のブックには設置主体の記載がないため、%n 件の医療機関の設置主体区分（公立・公的等・民間）が未設定です。このうち %1 件は、名称に含まれる法人の語から区分を推定できます。誤っているものはチェックを外してください。チェックしたものを一つの操作として設定します（編集 › 元に戻す で取り消せます）。残りは未設定のままです。各医療機関のページで設定してください。</numerusform>
        </translation>
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
        <source>Suggested group</source>
        <translation>候補の区分</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>根拠となる語</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>すべて解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Set ticked groups</source>
        <translation>選択した区分を設定(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%2件中 %1件を選択</translation>
    </message>
    <message>
        <source>The owner groups were not set: %1</source>
        <translation>設置主体区分を設定できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Koso::OwnerGroupSuggester</name>
    <message>
        <source>There is no hospital with id %1.</source>
        <translation>ID %1 の医療機関はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Set the owner group of %n hospital(s)</source>
        <translation>
            <numerusform>%n 医療機関の設置主体区分を設定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::PdcaPage</name>
    <message>
        <source>Yearly targets and PDCA</source>
        <translation>年度目標とPDCA</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>構想区域：</translation>
    </message>
    <message>
        <source>Import targets…</source>
        <translation>年度目標の取込…</translation>
    </message>
    <message>
        <source>Export targets…</source>
        <translation>年度目標の出力…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Last council</source>
        <translation>直近の調整会議</translation>
    </message>
    <message>
        <source>Policy rate (hospitals)</source>
        <translation>対応方針の合意・検証率（医療機関数）</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>表を出力…</translation>
    </message>
    <message>
        <source>Double-click a region to see its targets.</source>
        <translation>構想区域をダブルクリックすると年度目標を表示します。</translation>
    </message>
    <message>
        <source>Prefecture overview</source>
        <translation>県全体の状況</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>要因分析</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Verified by the council</source>
        <translation>調整会議での検証日</translation>
    </message>
    <message>
        <source>Add target…</source>
        <translation>目標を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Targets of the region</source>
        <translation>構想区域の年度目標</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最新の病床機能報告</translation>
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
        <source>Gap</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>Explanation by the planner</source>
        <translation>データの性質による説明</translation>
    </message>
    <message>
        <source>Explain the gap…</source>
        <translation>差を説明…</translation>
    </message>
    <message>
        <source>Progress verification</source>
        <translation>進捗状況の検証</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>記録を追加…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>記録を削除</translation>
    </message>
    <message>
        <source>PDCA timeline</source>
        <translation>PDCAの経過</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open a dataset to set yearly targets.</source>
        <translation>年度目標を設定するにはデータセットを開いてください。</translation>
    </message>
    <message>
        <source>No targets for %1 in this region yet. Add one with &quot;Add target…&quot;, or import a sheet with &quot;Import targets…&quot; (CSV or .xlsx with the header region_code,fiscal_year,indicator,function,direction,target,note).</source>
        <translation>この構想区域には%1の年度目標がまだありません。「目標を追加…」で追加するか、「年度目標の取込…」で表を取り込んでください（見出し行が region_code,fiscal_year,indicator,function,direction,target,note の CSV または .xlsx）。</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>目標の追加</translation>
    </message>
    <message>
        <source>Edit the target</source>
        <translation>目標の編集</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <source>Function (beds):</source>
        <translation>病床機能（病床数の場合）：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Target (beds, %, meetings or wording):</source>
        <translation>目標値（床・%・回、または目標の文言）：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Judgement (text targets):</source>
        <translation>判定（定性的な目標）：</translation>
    </message>
    <message>
        <source>Cause analysis:</source>
        <translation>要因分析：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>対応：</translation>
    </message>
    <message>
        <source>Verified by the council on:</source>
        <translation>調整会議での検証日：</translation>
    </message>
    <message>
        <source>A target needs a value (a number, or the wording of a text target) and, for beds, a function.</source>
        <translation>目標には値（数値、または定性的な目標の文言）が必要です。病床数の目標には病床機能も指定してください。</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>目標の追加</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>目標の編集</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>目標の削除</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>年度目標の取込</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表（*.csv *.xlsx）</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n cell(s) need correcting.</source>
        <translation>
            <numerusform>取り込みませんでした。%n か所のセルを修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The targets are already up to date.</source>
        <translation>年度目標はすでに最新です。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n 件の目標を追加、%1 件を更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>targets</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>Yearly targets and PDCA, %1</source>
        <translation>年度目標とPDCA（%1）</translation>
    </message>
    <message>
        <source>pdca-overview</source>
        <translation>PDCA一覧</translation>
    </message>
    <message>
        <source>Explain gap</source>
        <translation>差の説明</translation>
    </message>
    <message>
        <source>Explain the gap</source>
        <translation>差の説明</translation>
    </message>
    <message>
        <source>What in the nature of the data explains the gap of %1 (for example wards reported as acute that do recovery work)?</source>
        <translation>%1の差を説明するデータの性質を記入してください（例：急性期として報告している病棟が回復期の機能を担っている）。</translation>
    </message>
    <message>
        <source>Add a PDCA entry</source>
        <translation>PDCAの記録を追加</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>段階：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Council meeting:</source>
        <translation>調整会議：</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Add PDCA entry</source>
        <translation>PDCAの記録の追加</translation>
    </message>
    <message>
        <source>Remove PDCA entry</source>
        <translation>PDCAの記録の削除</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Double-click the target, cause analysis, response, date or note to change it in place.</source>
        <translation>目標値・要因分析・対応・検証日・備考はダブルクリックでその場で編集できます。</translation>
    </message>
    <message>
        <source>A gap without an explanation is an unexplained gap. Double-click an explanation to write it in place.</source>
        <translation>説明のない差は「データの性質で説明できない差」として扱います。説明欄はダブルクリックでその場で記入できます。</translation>
    </message>
    <message>
        <source>A target needs a value: a number, or the wording of a text target.</source>
        <translation>目標には値（数値、または定性的な目標の文言）が必要です。</translation>
    </message>
    <message>
        <source>empty: not verified</source>
        <translation>空欄：未検証</translation>
    </message>
</context>
<context>
    <name>Koso::PlanVsActual</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Planned against reported beds: %1 %2</source>
        <translation>見込量と実績：%1 %2</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Planned (見込量)</source>
        <translation>見込量</translation>
    </message>
    <message>
        <source>Planned in</source>
        <translation>見込量の版</translation>
    </message>
    <message>
        <source>Reported (実績)</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>実績の版</translation>
    </message>
    <message>
        <source>Reported − planned</source>
        <translation>実績－見込量</translation>
    </message>
    <message>
        <source>Reported ÷ planned</source>
        <translation>実績÷見込量</translation>
    </message>
    <message>
        <source>Planned beds (見込量) are what hospitals said in the edition named; reported beds (実績) are what they reported for the same year in a later edition.</source>
        <translation>見込量は記載の版で医療機関が示した病床数、実績は後の版で同じ年について報告された病床数です。</translation>
    </message>
    <message>
        <source>%1 %2: planned %3 in %4 (now %5 in %6).</source>
        <translation>%1 %2年：見込量は%4では%3（%6では%5）。</translation>
    </message>
    <message>
        <source>%1 %2: reported %3 in %4 (now %5 in %6).</source>
        <translation>%1 %2年：実績は%4では%3（%6では%5）。</translation>
    </message>
    <message>
        <source>Change of reported beds between the two latest reports: %1 %2</source>
        <translation>直近2回の報告間の病床数の増減：%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>To</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比</translation>
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
    <message>
        <source>Show this page first (its object name).</source>
        <translation>このページを最初に表示する（オブジェクト名）。</translation>
    </message>
    <message>
        <source>The window size for --screenshot (default 1366x768).</source>
        <translation>--screenshot のウィンドウの大きさ（既定は 1366x768）。</translation>
    </message>
    <message>
        <source>Unknown window size &quot;%1&quot;: use --size 1366x768.</source>
        <translation>ウィンドウの大きさ「%1」は使えません。--size 1366x768 のように指定してください。</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningDocuments</name>
    <message>
        <source>Region %1 has no promotion region plan yet.</source>
        <translation>構想区域 %1 には推進区域対応方針がまだありません。</translation>
    </message>
    <message>
        <source>%1 region: promotion region plan (推進区域対応方針)</source>
        <translation>%1構想区域 推進区域対応方針</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>策定日 %1</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（%2から）</translation>
    </message>
    <message>
        <source>Designation: %1</source>
        <translation>区域の指定：%1</translation>
    </message>
    <message>
        <source>1. The region&apos;s beds</source>
        <translation>1. 構想区域の病床の状況</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1年 病床機能報告</translation>
    </message>
    <message>
        <source>Planned (%1)</source>
        <translation>見込量（%1年）</translation>
    </message>
    <message>
        <source>Required (%1)</source>
        <translation>必要量（%1年）</translation>
    </message>
    <message>
        <source>Reported − required</source>
        <translation>報告−必要量</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>The dataset holds no bed figures of this region; import MHLW&apos;s workbooks first.</source>
        <translation>この構想区域の病床数がデータセットにありません。先に厚生労働省の見える化ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Gaps the data explains: %1</source>
        <translation>データの性質により説明できる差：%1</translation>
    </message>
    <message>
        <source>2. Issues</source>
        <translation>2. 課題</translation>
    </message>
    <message>
        <source>3. Direction</source>
        <translation>3. 方向性</translation>
    </message>
    <message>
        <source>4. Actions</source>
        <translation>4. 具体的な取組</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>取組はまだありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施主体</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>5. Response policies of the hospitals concerned</source>
        <translation>5. 関係医療機関の対応方針</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Re-verification</source>
        <translation>再検証対象</translation>
    </message>
    <message>
        <source>Policy status</source>
        <translation>対応方針の状況</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>%1 印刷</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>策定日</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>具体的な取組</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最新の病床機能報告</translation>
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
        <source>%1 region</source>
        <translation>%1構想区域</translation>
    </message>
    <message>
        <source>Discussions of the coordination councils (%1)</source>
        <translation>地域医療構想調整会議の協議の状況（%1）</translation>
    </message>
    <message>
        <source>To the municipalities concerned</source>
        <translation>関係市町村 御中</translation>
    </message>
    <message>
        <source>%1, section in charge of the regional medical care vision</source>
        <translation>%1 地域医療構想担当課</translation>
    </message>
    <message numerus="yes">
        <source>Under the notice of 28 March 2024 (医政発0328第3号) 5.(2), we report the discussions of the regional medical care vision coordination councils from %1 to %2: %n meeting(s) held, </source>
        <translation>
            <numerusform>令和6年3月28日付け医政発0328第3号 5.(2) に基づき、%1から%2までの地域医療構想調整会議の協議の状況を報告します。開催 %n 回、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response policy(ies) agreed.</source>
        <translation>
            <numerusform>合意した対応方針 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No council met in this period.</source>
        <translation>この期間に開催された調整会議はありません。</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Policies agreed</source>
        <translation>合意した対応方針</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Discussions of the coordination councils (%1), %2 – %3</source>
        <translation>地域医療構想調整会議の協議の状況（%1）%2～%3</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>調整会議</translation>
    </message>
    <message>
        <source>Reported to municipalities</source>
        <translation>市町村への報告</translation>
    </message>
    <message>
        <source>%1: state of the work on the regional medical care vision, %2</source>
        <translation>%1 地域医療構想の取組状況（%2）</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>取組状況</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>構想区域コード</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Targets and status</source>
        <translation>年度目標と達成状況</translation>
    </message>
    <message>
        <source>Policies agreed (hospitals, %)</source>
        <translation>対応方針の合意・検証率（医療機関数、%）</translation>
    </message>
    <message>
        <source>Policies agreed (beds, %)</source>
        <translation>対応方針の合意・検証率（病床数、%）</translation>
    </message>
    <message>
        <source>Council meetings held</source>
        <translation>調整会議の開催回数</translation>
    </message>
    <message>
        <source>Promotion actions</source>
        <translation>推進区域の取組数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Policy rates as of %1 (合意・検証済 and 措置済 count as agreed).</source>
        <translation>対応方針の率は%1時点（合意・検証済および措置済を計上）。</translation>
    </message>
    <message>
        <source>Targets verified with Koso Planner; actual values from the bed function report, the response policies and the council records.</source>
        <translation>年度目標の検証は Koso Planner による。実績は病床機能報告、対応方針及び調整会議の記録から算出。</translation>
    </message>
    <message>
        <source>This document is written as .xlsx only.</source>
        <translation>この資料は .xlsx でのみ出力できます。</translation>
    </message>
    <message>
        <source>Write to a .pdf or .xlsx file (not &quot;%1&quot;).</source>
        <translation>.pdf または .xlsx のファイルを指定してください（「%1」は指定できません）。</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningEditCommand</name>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>変更しようとした記録はすでにありません。</translation>
    </message>
    <message>
        <source>The record to remove no longer exists.</source>
        <translation>削除しようとした記録はすでにありません。</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningPages</name>
    <message>
        <source>Targets and PDCA</source>
        <translation>年度目標・PDCA</translation>
    </message>
    <message>
        <source>Promotion regions</source>
        <translation>推進区域</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningStore</name>
    <message>
        <source>Unknown planning table &quot;%1&quot;.</source>
        <translation>不明な記録の種類「%1」です。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; of %2.</source>
        <translation>%2 に不明な項目「%1」があります。</translation>
    </message>
    <message>
        <source>The planning record %1 of %2 does not exist.</source>
        <translation>%2 の記録 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningUi</name>
    <message>
        <source>Planning</source>
        <translation>年度目標・推進区域</translation>
    </message>
</context>
<context>
    <name>Koso::PlanningVocabulary</name>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Agreed policies (share of hospitals)</source>
        <translation>対応方針の合意・検証率（医療機関数）</translation>
    </message>
    <message>
        <source>Agreed policies (share of beds)</source>
        <translation>対応方針の合意・検証率（病床数）</translation>
    </message>
    <message>
        <source>Council meetings held</source>
        <translation>調整会議の開催回数</translation>
    </message>
    <message>
        <source>Closed beds (休棟中等)</source>
        <translation>休棟中等の病床数</translation>
    </message>
    <message>
        <source>Qualitative target</source>
        <translation>定性的な目標</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>以下</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Promotion region (推進区域)</source>
        <translation>推進区域</translation>
    </message>
    <message>
        <source>Model promotion region (モデル推進区域)</source>
        <translation>モデル推進区域</translation>
    </message>
    <message>
        <source>Priority support region (重点支援区域)</source>
        <translation>重点支援区域</translation>
    </message>
    <message>
        <source>Restructuring review region (再編検討区域)</source>
        <translation>再編検討区域</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画（Plan）</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>実行（Do）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>評価（Check）</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>改善（Act）</translation>
    </message>
    <message>
        <source>High acute</source>
        <translation>高度急性期</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>急性期</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復期</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>慢性期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休棟中等</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1回</translation>
    </message>
    <message>
        <source>%1 beds</source>
        <translation>%1床</translation>
    </message>
    <message>
        <source>Beds (%1)</source>
        <translation>病床数（%1）</translation>
    </message>
</context>
<context>
    <name>Koso::PoliciesCommand</name>
    <message>
        <source>Export the response policy sheet of the prefecture or a region (.xlsx or .csv).</source>
        <translation>県全体または構想区域の対応方針シートを出力します（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Only the hospitals of this region (4-digit code).</source>
        <translation>この構想区域（4桁のコード）の医療機関だけ。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>書き出すファイル（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to import a sheet use &quot;koso policies import FILE&quot;.</source>
        <translation>引数「%1」は使えません。シートを取り込むには「koso policies import FILE」を使ってください。</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.xlsx or --out FILE.csv.</source>
        <translation>書き出すファイルを --out FILE.xlsx または --out FILE.csv で指定してください。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>構想区域「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the policies of %n hospital(s) to %1.</source>
        <translation>
            <numerusform>%n 医療機関の対応方針を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::PoliciesImportCommand</name>
    <message>
        <source>Import a filled-in policy sheet: every row is checked, all or nothing is applied.</source>
        <translation>記入済みの対応方針シートを取り込みます。すべての行を確認し、全部を反映するか何も反映しないかのどちらかです。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Show the changes without writing them.</source>
        <translation>変更内容を表示するだけで書き込みません。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The filled-in sheet (.xlsx or .csv).</source>
        <translation>記入済みのシート（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>Give one sheet to import: koso policies import FILE --db DATASET.</source>
        <translation>取り込むシートを1つ指定してください: koso policies import FILE --db DATASET</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 に %n 件の誤りがあります。何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; nothing to change.</source>
        <translation>
            <numerusform>%n 行を読みました。変更はありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n hospital(s) would change; nothing was written.</source>
        <translation>
            <numerusform>確認のみ: %n 医療機関が変更されます。書き込みはしていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n hospital(s) changed.</source>
        <translation>
            <numerusform>取り込みました: %n 医療機関を変更しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::PolicyActions</name>
    <message>
        <source>Set status to %1</source>
        <translation>状況を「%1」に設定</translation>
    </message>
    <message numerus="yes">
        <source>Set status of %n hospital(s) to %1</source>
        <translation>
            <numerusform>%n 医療機関の状況を「%1」に設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>There is no hospital with id %1.</source>
        <translation>ID %1 の医療機関はありません。</translation>
    </message>
    <message>
        <source>A hospital cannot be merged into itself.</source>
        <translation>医療機関を自分自身に統合することはできません。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n hospital(s) into %1</source>
        <translation>
            <numerusform>%n 医療機関を %1 に統合</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has errors; nothing was imported.</source>
        <translation>シートに誤りがあるため、何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyEditor</name>
    <message>
        <source>Named for re-verification (再検証対象)</source>
        <translation>再検証対象（2019年に再検証を求められた医療機関）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. acute care centre of the region, recovery beds for the area</source>
        <translation>例: 区域の急性期の中核病院、地域の回復期病床を担う</translation>
    </message>
    <message>
        <source>Notes (saved when you leave the field)</source>
        <translation>備考（欄から移動すると保存されます）</translation>
    </message>
    <message>
        <source>Files and links, one per line (paths or URLs)</source>
        <translation>関連資料（ファイルの場所や URL を1行に1つ）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Planned beds for the target year; — when not planned</source>
        <translation>目標年の予定病床数。予定がない場合は —</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>計</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Owner group:</source>
        <translation>設置主体区分(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Plan serving as the policy:</source>
        <translation>対応方針とするプラン(&amp;P):</translation>
    </message>
    <message>
        <source>Planned &amp;role:</source>
        <translation>今後担う役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Target year:</source>
        <translation>目標年(&amp;T):</translation>
    </message>
    <message>
        <source>Planned beds:</source>
        <translation>予定病床数:</translation>
    </message>
    <message>
        <source>Date &amp;written:</source>
        <translation>策定日(&amp;W):</translation>
    </message>
    <message>
        <source>Date &amp;agreed:</source>
        <translation>合意日(&amp;A):</translation>
    </message>
    <message>
        <source>Agreed at &amp;meeting:</source>
        <translation>合意した会議(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Files and links:</source>
        <translation>関連資料(&amp;F):</translation>
    </message>
    <message>
        <source>&lt;b&gt;As of %1&lt;/b&gt; (read-only): the policy as recorded at the end of that day.</source>
        <translation>&lt;b&gt;%1 時点&lt;/b&gt;（表示のみ）: その日の終わりに記録されていた対応方針です。</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>最終更新 %1。</translation>
    </message>
    <message>
        <source>No policy recorded yet.</source>
        <translation>対応方針はまだ記録されていません。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の%1を変更</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>%1 cannot be found from this PC.</source>
        <translation>%1 はこのパソコンから見つかりません。</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyEmptyState</name>
    <message>
        <source>Import MHLW Workbooks…</source>
        <translation>厚労省ワークブックの取り込み…</translation>
    </message>
    <message>
        <source>No response policies (対応方針) are recorded yet, so every rate would read 0 % and the beds after the policies would equal the reported beds. To start: 1. export the policy sheet (Hospitals › Export policy sheet…); 2. have the hospitals fill in their status, dates and planned beds; 3. import the sheet back (Hospitals › Import policy sheet…): every cell is checked and the changes are applied as one undo step. A single hospital&apos;s policy can also be entered on its page.</source>
        <translation>対応方針がまだ登録されていないため、合意・検証率はすべて0%、実施後の病床数は報告と同じになります。始め方：① 対応方針シートを出力する（医療機関 › 対応方針シートを出力…）、② 各医療機関に状況・日付・予定病床数を記入してもらう、③ 記入済みのシートを取り込む（医療機関 › 対応方針シートを取り込み…）。すべてのセルを確認し、変更をまとめて一つの操作（元に戻す可能）として反映します。個別の医療機関の対応方針は、その医療機関のページでも入力できます。</translation>
    </message>
    <message>
        <source>Export Policy Sheet…</source>
        <translation>対応方針シートを出力…</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyImportDialog</name>
    <message>
        <source>Import policy sheet</source>
        <translation>対応方針シートの取り込み</translation>
    </message>
    <message>
        <source>&amp;Apply all changes</source>
        <translation>すべての変更を反映(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 cannot be imported&lt;/b&gt;: %n problem(s) were found. Nothing will be changed; correct the sheet and import it again.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 は取り込めません&lt;/b&gt;: %n 件の問題があります。何も変更しません。シートを修正してもう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read; nothing differs from the dataset.</source>
        <translation>
            <numerusform>%1: %n 行を読みました。データセットとの違いはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read. The changes below will be written together and can be undone in one step.</source>
        <translation>
            <numerusform>%1: %n 行を読みました。以下の変更をまとめて反映します。1回の操作で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>取り込み後</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>取り込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyPages</name>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Policy rates</source>
        <translation>対応方針の合意・検証率</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>対応方針実施後の試算</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>調整会議</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyRates</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Response policies agreed and verified, as of %1</source>
        <translation>対応方針の合意・検証の状況（%1 時点）</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>合意・検証率</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>合意・検証済</translation>
    </message>
    <message>
        <source>Share of hospitals (%)</source>
        <translation>医療機関数の割合（%）</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Beds done</source>
        <translation>合意・検証済の病床数</translation>
    </message>
    <message>
        <source>Share of beds (%)</source>
        <translation>病床数の割合（%）</translation>
    </message>
    <message>
        <source>Done: 合意・検証済 or 措置済. Beds: the newest reported beds of each facility, 休棟中等 included. Merged facilities are not counted.</source>
        <translation>合意・検証済: 合意・検証済または措置済。病床数: 各医療機関の最新の報告病床数（休棟中等を含む）。統合済の医療機関は数えていません。</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyRatesPage</name>
    <message>
        <source>Export &amp;chart…</source>
        <translation>グラフをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Done: agreed and verified (合意・検証済) or implemented (措置済). Beds: each facility&apos;s newest reported beds, 休棟中等 included. Rates as of a past date use the change history.</source>
        <translation>合意・検証済: 合意・検証済または措置済。病床数: 各医療機関の最新の報告病床数（休棟中等を含む）。過去の日付時点の割合は変更履歴から求めています。</translation>
    </message>
    <message>
        <source>End of last &amp;March</source>
        <translation>直近の3月末(&amp;M)</translation>
    </message>
    <message>
        <source>End of last &amp;September</source>
        <translation>直近の9月末(&amp;S)</translation>
    </message>
    <message>
        <source>Take &amp;snapshots</source>
        <translation>時点の記録を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the rates at every past end of September and March that has none yet, for the chart below</source>
        <translation>過去の9月末・3月末のうち記録のない時点の割合を保存し、下のグラフに加えます</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>表をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>時点(&amp;A):</translation>
    </message>
    <message>
        <source>Course over time:</source>
        <translation>推移:</translation>
    </message>
    <message>
        <source>Take snapshots</source>
        <translation>時点の記録を保存</translation>
    </message>
    <message>
        <source>Every past end of September and March already has its snapshot.</source>
        <translation>過去の9月末・3月末はすべて記録済みです。</translation>
    </message>
    <message numerus="yes">
        <source>Stored the rates of %n date(s).</source>
        <translation>
            <numerusform>%n 時点の割合を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>合意・検証済</translation>
    </message>
    <message>
        <source>Share of hospitals</source>
        <translation>医療機関数の割合</translation>
    </message>
    <message>
        <source>Beds done / beds</source>
        <translation>合意・検証済の病床数 / 病床数</translation>
    </message>
    <message>
        <source>Share of beds</source>
        <translation>病床数の割合</translation>
    </message>
    <message>
        <source>All: share of hospitals</source>
        <translation>全体: 医療機関数の割合</translation>
    </message>
    <message>
        <source>All: share of beds</source>
        <translation>全体: 病床数の割合</translation>
    </message>
    <message>
        <source>Public: hospitals</source>
        <translation>公立: 医療機関数</translation>
    </message>
    <message>
        <source>Private: hospitals</source>
        <translation>民間: 医療機関数</translation>
    </message>
    <message>
        <source>Re-verification targets: hospitals</source>
        <translation>再検証対象: 医療機関数</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <source>policy-rates.xlsx</source>
        <translation>対応方針の合意・検証率.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Snapshots at the end of September and March</source>
        <translation>9月末・3月末時点の記録</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>時点の記録</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Response policies agreed and verified</source>
        <translation>対応方針の合意・検証の状況</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Source: response policies recorded by the prefecture (end of September and March)</source>
        <translation>出典: 県が記録した対応方針（9月末・3月末時点）</translation>
    </message>
</context>
<context>
    <name>Koso::PolicySheet</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目「%2」列: %3</translation>
    </message>
    <message>
        <source>%1: no header row with 管理番号 or 医療機関名 was found; is this a policy sheet exported by Koso Planner?</source>
        <translation>%1: 「管理番号」または「医療機関名」の見出し行が見つかりません。地域医療構想プランナーで出力した対応方針シートですか？</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>同じ列が2つあります</translation>
    </message>
    <message>
        <source>the sheet needs a 管理番号 column, or 構想区域コード and 医療機関名 columns, to know which hospital each row is</source>
        <translation>各行の医療機関を特定するため、「管理番号」列、または「構想区域コード」と「医療機関名」の列が必要です</translation>
    </message>
    <message>
        <source>the sheet has no column to import (対応方針の状況, …)</source>
        <translation>取り込む列（対応方針の状況など）がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 管理番号 (a whole number)</source>
        <translation>「%1」は管理番号（整数）ではありません</translation>
    </message>
    <message>
        <source>unknown hospital: no hospital has 管理番号 %1</source>
        <translation>医療機関が見つかりません: 管理番号 %1 の医療機関はありません</translation>
    </message>
    <message>
        <source>管理番号 %1 is %2, not %3; was the row moved?</source>
        <translation>管理番号 %1 は「%2」で、「%3」ではありません。行が入れ替わっていませんか？</translation>
    </message>
    <message>
        <source>the hospital name is empty</source>
        <translation>医療機関名が空欄です</translation>
    </message>
    <message>
        <source>unknown hospital: %1 in region %2%3</source>
        <translation>医療機関が見つかりません: 構想区域 %2 の %1%3</translation>
    </message>
    <message>
        <source>the 管理番号 is empty</source>
        <translation>管理番号が空欄です</translation>
    </message>
    <message>
        <source>%1 was merged into %2; fill in the row of %2 instead</source>
        <translation>%1 は %2 に統合されています。%2 の行に記入してください</translation>
    </message>
    <message>
        <source>%1 appears twice (also on line %2)</source>
        <translation>%1 が2回出てきます（%2 行目にもあります）</translation>
    </message>
    <message>
        <source>the status is empty; write one of %1</source>
        <translation>状況が空欄です。%1 のいずれかを記入してください</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; write one of %2</source>
        <translation>状況「%1」は使えません。%2 のいずれかを記入してください</translation>
    </message>
    <message>
        <source>unknown owner group &quot;%1&quot;; write 公立, 公的等 or 民間</source>
        <translation>設置主体区分「%1」は使えません。公立、公的等、民間のいずれかを記入してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither ○ nor empty</source>
        <translation>「%1」は ○ でも空欄でもありません</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation>プラン「%1」は使えません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target year (such as 2025)</source>
        <translation>「%1」は目標年（2025 など）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible number of beds (a whole number from 0 to %L2)</source>
        <translation>「%1」は病床数として読めません（0〜%L2 の整数）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2024/3/31, R6.3.31 or 令和6年3月31日</source>
        <translation>「%1」は日付として読めません。2024/3/31、R6.3.31、令和6年3月31日 のいずれかで記入してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is in the future</source>
        <translation>「%1」（%2）は未来の日付です</translation>
    </message>
    <message numerus="yes">
        <source>Import policies from %1 (%n hospital(s))</source>
        <translation>
            <numerusform>%1 から対応方針を取り込み（%n 医療機関）</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has errors; nothing was imported.</source>
        <translation>シートに誤りがあるため、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %L1 more error(s), not listed.</source>
        <translation>
            <numerusform>…ほか %L1 件の誤りがあります（一覧には表示していません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows; a policy sheet has one row per hospital of a prefecture (a few thousand at most). Split it by region, or check that it is the right file.</source>
        <translation>%1 は %L2 行を超えています。対応方針の様式は都道府県内の医療機関ごとに1行（多くても数千行）です。構想区域ごとに分けるか、正しいファイルか確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is not a plausible date; a policy&apos;s dates lie from %3 (%4) to today</source>
        <translation>「%1」（%2）はありえない日付です。対応方針の日付は %3（%4）から今日までです</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyStore</name>
    <message>
        <source>unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>A hospital needs a name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>Unknown kind of facility &quot;%1&quot;.</source>
        <translation>医療機関の種別「%1」は使えません。</translation>
    </message>
    <message>
        <source>Unknown region code &quot;%1&quot;.</source>
        <translation>構想区域コード「%1」はありません。</translation>
    </message>
    <message>
        <source>Unknown policy field &quot;%1&quot;.</source>
        <translation>対応方針の項目「%1」はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>「%1」は %2 の値として使えません。</translation>
    </message>
    <message>
        <source>There is no hospital with id %1.</source>
        <translation>ID %1 の医療機関はありません。</translation>
    </message>
    <message>
        <source>Unknown bed function %1.</source>
        <translation>病床機能 %1 は定義されていません。</translation>
    </message>
    <message>
        <source>A hospital cannot be merged into itself.</source>
        <translation>医療機関を自分自身に統合することはできません。</translation>
    </message>
</context>
<context>
    <name>Koso::PolicyVocabulary</name>
    <message>
        <source>Not drafted</source>
        <translation>未策定</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>策定中</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>策定済</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済</translation>
    </message>
    <message>
        <source>Agreed and verified</source>
        <translation>合意・検証済</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>措置済</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Public hospital management reinforcement plan</source>
        <translation>公立病院経営強化プラン</translation>
    </message>
    <message>
        <source>Public medical institutions 2025 plan</source>
        <translation>公的医療機関等2025プラン</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公立</translation>
    </message>
    <message>
        <source>Quasi-public</source>
        <translation>公的等</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民間</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Clinic with beds</source>
        <translation>有床診療所</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>一般病院</translation>
    </message>
    <message>
        <source>Special functions</source>
        <translation>特定機能病院</translation>
    </message>
    <message>
        <source>Regional support</source>
        <translation>地域医療支援病院</translation>
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
        <source>All</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Re-verification targets</source>
        <translation>再検証対象</translation>
    </message>
    <message>
        <source>Owner group not set</source>
        <translation>設置主体区分未設定</translation>
    </message>
    <message>
        <source>Planned beds: %1</source>
        <translation>予定病床数: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>対応方針の状況</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>設置主体区分</translation>
    </message>
    <message>
        <source>Re-verification target</source>
        <translation>再検証対象</translation>
    </message>
    <message>
        <source>Plan serving as the policy</source>
        <translation>対応方針とするプラン</translation>
    </message>
    <message>
        <source>Planned role</source>
        <translation>今後担う役割</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>目標年</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>策定日</translation>
    </message>
    <message>
        <source>Date agreed</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>Meeting where agreed</source>
        <translation>合意した会議</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Files and links</source>
        <translation>関連資料</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手入力で追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Hospital note</source>
        <translation>医療機関の備考</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%L1 beds</source>
        <translation>%L1床</translation>
    </message>
</context>
<context>
    <name>Koso::PracticeCase</name>
    <message>
        <source>Prefecture&apos;s way of working</source>
        <translation>都道府県の取組</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>機能転換</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>統合・再編</translation>
    </message>
    <message>
        <source>Downsizing</source>
        <translation>ダウンサイジング</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>連携・ネットワーク</translation>
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
        <source>One A4 landscape page per region, with charts, table and caveat</source>
        <translation>構想区域ごとに A4 横1ページ（グラフ・表・注記付き）</translation>
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
        <source>Double-click a region to open its page; right-click the header for more columns</source>
        <translation>構想区域をダブルクリックするとそのページを開きます。見出しを右クリックすると他の列を表示できます</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>データ未取込</translation>
    </message>
</context>
<context>
    <name>Koso::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>A function is shaded as over or under its need when it departs from the required beds by more than this.</source>
        <translation>必要量との差がこの割合を超える病床機能を、過剰・不足として色分けします。</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>病床数と必要量の分析</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>判定の幅(&amp;T)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when Koso Planner starts again.</source>
        <translation>言語の変更は、Koso Planner の次回起動時から反映されます。</translation>
    </message>
    <message>
        <source>Exported charts (PNG)</source>
        <translation>グラフの出力（PNG）</translation>
    </message>
    <message>
        <source>Default &amp;size:</source>
        <translation>既定のサイズ(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Koso::ProgressCommand</name>
    <message>
        <source>Verify the yearly targets of a fiscal year: actual values, status and source.</source>
        <translation>年度目標の進捗を検証します（実績、達成状況、出典）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The fiscal year (2024, R6 or 令和6年度).</source>
        <translation>年度（2024、R6 または 令和6年度）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Usage: koso progress --db DATASET --fiscal-year FY [--json]</source>
        <translation>使い方: koso progress --db データセット --fiscal-year 年度 [--json]</translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year (2024 or 令和6年度).</source>
        <translation>--fiscal-year で年度を指定してください（2024 または 令和6年度）。</translation>
    </message>
    <message>
        <source>No targets for %1; add them with koso targets import.</source>
        <translation>%1の年度目標がありません。koso targets import で取り込んでください。</translation>
    </message>
</context>
<context>
    <name>Koso::ProgressEvaluator</name>
    <message>
        <source>Judged by the planner (not judged yet)</source>
        <translation>担当者による判定（未判定）</translation>
    </message>
    <message>
        <source>Judged by the planner</source>
        <translation>担当者による判定</translation>
    </message>
    <message>
        <source>Bed function report %1 (edition %2)</source>
        <translation>%1年 病床機能報告（%2公表）</translation>
    </message>
    <message>
        <source>No bed function report of %1 in the dataset</source>
        <translation>%1年の病床機能報告がデータセットにありません</translation>
    </message>
    <message>
        <source>Response policies as of %1</source>
        <translation>%1時点の対応方針</translation>
    </message>
    <message>
        <source>No hospitals in the region</source>
        <translation>構想区域に医療機関がありません</translation>
    </message>
    <message>
        <source>Council meetings held in %1</source>
        <translation>%1の調整会議の開催実績</translation>
    </message>
    <message>
        <source>Council meetings held in %1 so far</source>
        <translation>%1の調整会議の開催実績（年度途中）</translation>
    </message>
    <message>
        <source>Unknown indicator</source>
        <translation>不明な指標</translation>
    </message>
</context>
<context>
    <name>Koso::PromotionCandidates</name>
    <message>
        <source>%1%2%</source>
        <translation>%1%2%</translation>
    </message>
    <message>
        <source>① Total reported beds (%1, %2) are %3 against the required %4 (threshold ±%5%)</source>
        <translation>① 病床機能報告の合計（%1床、%2年）は必要量 %4床 に対して %3（判定の幅 ±%5%）</translation>
    </message>
    <message>
        <source>② By function: %1</source>
        <translation>② 病床機能別：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>③ %n re-verification hospital(s) not yet agreed and verified</source>
        <translation>
            <numerusform>③ 合意・検証済でない再検証対象医療機関 %n 施設</numerusform>
        </translation>
    </message>
    <message>
        <source>④ %1</source>
        <translation>④ %1</translation>
    </message>
    <message>
        <source>No criterion met</source>
        <translation>該当する基準なし</translation>
    </message>
</context>
<context>
    <name>Koso::PromotionCandidatesCommand</name>
    <message>
        <source>Rank the regions of the home prefecture by MHLW&apos;s criteria for promotion regions.</source>
        <translation>厚生労働省の推進区域の基準により、構想区域を順位付けします。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Usage: koso promotion candidates --db DATASET [--json]</source>
        <translation>使い方: koso promotion candidates --db データセット [--json]</translation>
    </message>
</context>
<context>
    <name>Koso::PromotionListCommand</name>
    <message>
        <source>List the promotion, model promotion, priority support and restructuring review regions.</source>
        <translation>推進区域、モデル推進区域、重点支援区域、再編検討区域の一覧を表示します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Usage: koso promotion list --db DATASET [--json]</source>
        <translation>使い方: koso promotion list --db データセット [--json]</translation>
    </message>
    <message>
        <source>No designations yet; add them on the promotion regions page.</source>
        <translation>区域の指定はまだありません。「推進区域」のページで登録してください。</translation>
    </message>
</context>
<context>
    <name>Koso::PromotionPage</name>
    <message>
        <source>Promotion regions (推進区域)</source>
        <translation>推進区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>指定日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Designate…</source>
        <translation>区域を指定…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>MHLW&apos;s criteria: ① total reported beds against the required beds, ② the same by function, ③ re-verification hospitals not yet agreed and verified, ④ other issues. The program ranks; the prefecture decides.</source>
        <translation>厚生労働省の基準：① 病床機能報告の合計と必要量の差、② 病床機能ごとの差、③ 合意・検証済でない再検証対象医療機関、④ その他の課題。本プログラムは順位と理由を示すのみで、選定は県が行います。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Total gap</source>
        <translation>合計の差</translation>
    </message>
    <message>
        <source>Re-verification open</source>
        <translation>再検証未了</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>Other issues (④)…</source>
        <translation>その他の課題（④）…</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候補区域</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>構想区域：</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDFに保存…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>.xlsx に出力…</translation>
    </message>
    <message>
        <source>Write a plan for this region</source>
        <translation>この区域の対応方針を作成</translation>
    </message>
    <message>
        <source>Issues (課題)</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Direction (方向性)</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>Save issues and direction</source>
        <translation>課題と方向性を保存</translation>
    </message>
    <message>
        <source>Actions (具体的な取組)</source>
        <translation>具体的な取組</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施主体</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>取組を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Add progress note…</source>
        <translation>進捗を記録…</translation>
    </message>
    <message>
        <source>Plan (推進区域対応方針)</source>
        <translation>推進区域対応方針</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This region has no 推進区域対応方針 yet. Designate it as a promotion region on the Designations tab (the Candidates tab shows which regions meet MHLW&apos;s criteria), then write its plan here.</source>
        <translation>この構想区域には推進区域対応方針がまだありません。「区域の指定」タブで推進区域に指定し（「候補区域」タブで厚生労働省の基準への該当状況を確認できます）、ここで対応方針を作成してください。</translation>
    </message>
    <message>
        <source>Designate a region</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>指定日：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備考：</translation>
    </message>
    <message>
        <source>Designate region</source>
        <translation>区域の指定</translation>
    </message>
    <message>
        <source>Remove designation</source>
        <translation>区域の指定の削除</translation>
    </message>
    <message>
        <source>Other issues (④)</source>
        <translation>その他の課題（④）</translation>
    </message>
    <message>
        <source>Other issues of %1 that speak for a promotion region:</source>
        <translation>%1について、推進区域とすべきその他の課題：</translation>
    </message>
    <message>
        <source>Edit other issues</source>
        <translation>その他の課題の編集</translation>
    </message>
    <message>
        <source>Write promotion region plan</source>
        <translation>推進区域対応方針の作成</translation>
    </message>
    <message>
        <source>Edit promotion region plan</source>
        <translation>推進区域対応方針の編集</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>取組の編集</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>取組の追加</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>取組：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>実施主体：</translation>
    </message>
    <message>
        <source>Hospitals concerned:</source>
        <translation>関係医療機関：</translation>
    </message>
    <message>
        <source>Due (fiscal year):</source>
        <translation>期限（年度）：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況：</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>取組の追加</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>取組の編集</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>取組の削除</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>進捗の記録</translation>
    </message>
    <message>
        <source>Progress as of today:</source>
        <translation>本日時点の進捗：</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>進捗の記録</translation>
    </message>
    <message>
        <source>Promotion region plan</source>
        <translation>推進区域対応方針</translation>
    </message>
    <message>
        <source>promotion-plan-%1.pdf</source>
        <translation>推進区域対応方針-%1.pdf</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>対応方針の出力</translation>
    </message>
    <message>
        <source>promotion-plan-%1.xlsx</source>
        <translation>推進区域対応方針-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック（*.xlsx）</translation>
    </message>
</context>
<context>
    <name>Koso::PromotionPlanCommand</name>
    <message>
        <source>Write the promotion region plan (推進区域対応方針) of a region as PDF or .xlsx.</source>
        <translation>構想区域の推進区域対応方針を PDF または .xlsx で出力します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The region (4-digit code).</source>
        <translation>構想区域（4桁のコード）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .xlsx).</source>
        <translation>出力するファイル（.pdf または .xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.pdf or --out FILE.xlsx.</source>
        <translation>--out ファイル.pdf または --out ファイル.xlsx で出力先を指定してください。</translation>
    </message>
    <message>
        <source>Give the region with --region CODE.</source>
        <translation>--region コード で構想区域を指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を出力しました。</translation>
    </message>
</context>
<context>
    <name>Koso::RatesCommand</name>
    <message>
        <source>Show the share of hospitals and beds whose policy is agreed and verified.</source>
        <translation>対応方針が合意・検証済の医療機関数と病床数の割合を表示します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Only this region (4-digit code).</source>
        <translation>この構想区域（4桁のコード）だけ。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The rates as the policies stood at the end of this day.</source>
        <translation>この日の終わり時点の対応方針で割合を求めます。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Store the rates at every past end of September and March that has none yet.</source>
        <translation>過去の9月末・3月末のうち記録のない時点の割合を保存します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2024-03-31).</source>
        <translation>「%1」は日付ではありません（2024-03-31 のように書いてください）。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot; in the home prefecture.</source>
        <translation>県内に構想区域「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Stored the rates of %n date(s).</source>
        <translation>
            <numerusform>%n 時点の割合を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
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
    <name>Koso::RegionCorrectionsDialog</name>
    <message>
        <source>Region corrections</source>
        <translation>構想区域の補正</translation>
    </message>
    <message>
        <source>Municipalities the maps draw in another region than the shipped table (国土数値情報 A38). Right-click a municipality on the map to move it.</source>
        <translation>同梱の対応表（国土数値情報 A38）と異なる構想区域に描いている市区町村です。地図上の市区町村を右クリックすると移せます。</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Shipped region</source>
        <translation>対応表の構想区域</translation>
    </message>
    <message>
        <source>Drawn in</source>
        <translation>補正後の構想区域</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Restore the shipped region</source>
        <translation>対応表の構想区域に戻す</translation>
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
</context>
<context>
    <name>Koso::RegionHospitalModel</name>
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
        <source>No figures yet</source>
        <translation>データ未取込</translation>
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
        <source>%1: region report</source>
        <translation>%1 構想区域別報告書</translation>
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
    <message numerus="yes">
        <source>%1: beds by function — prefecture summary of %n region(s)</source>
        <translation>
            <numerusform>%1 病床数の状況（都道府県のまとめ・構想区域 %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>; the pages after this one show each region</source>
        <translation>／次ページ以降は構想区域ごと</translation>
    </message>
    <message numerus="yes">
        <source>Totals of the %n region(s) as MHLW publishes them for the prefecture. Shaded: more than %1 over (orange) or under (purple) the required beds.</source>
        <translation>
            <numerusform>厚生労働省が公表する都道府県の計（構想区域 %n）。網掛け：必要量より %1 を超えて多い（橙）・少ない（紫）機能。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を出力しました（%nページ）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::ReportDocument</name>
    <message>
        <source>Cannot start page %1 of the document.</source>
        <translation>%1ページ目を開始できません。</translation>
    </message>
    <message>
        <source>Cannot start printing the document.</source>
        <translation>印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot finish the document.</source>
        <translation>文書を完成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>Koso::ReportMunicipalitiesCommand</name>
    <message>
        <source>Write the report of the councils&apos; discussions to the municipalities (PDF or .xlsx).</source>
        <translation>調整会議の協議の状況を市町村に報告する資料を出力します（PDF または .xlsx）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>期間の初日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>期間の末日。</translation>
    </message>
    <message>
        <source>Only this region (4-digit code).</source>
        <translation>この構想区域（4桁のコード）だけ。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .xlsx).</source>
        <translation>出力するファイル（.pdf または .xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.pdf or --out FILE.xlsx.</source>
        <translation>--out ファイル.pdf または --out ファイル.xlsx で出力先を指定してください。</translation>
    </message>
    <message>
        <source>Give the period with --from DATE --to DATE (2024-04-01).</source>
        <translation>--from 日付 --to 日付 で期間を指定してください（2024-04-01）。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>期間の末日が初日より前です。</translation>
    </message>
    <message>
        <source>There is no region %1 in the dataset.</source>
        <translation>データセットに構想区域 %1 がありません。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を出力しました。</translation>
    </message>
</context>
<context>
    <name>Koso::ReportPrinting</name>
    <message>
        <source>Print preview: %1</source>
        <translation>印刷プレビュー：%1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Koso::ReportSurveyCommand</name>
    <message>
        <source>Write the figures of MHLW&apos;s survey (取組状況) of a fiscal year, a row per region (.xlsx).</source>
        <translation>厚生労働省の取組状況調査に用いる数値を、構想区域ごとに1行で出力します（.xlsx）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The fiscal year (2024, R6 or 令和6年度).</source>
        <translation>年度（2024、R6 または 令和6年度）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The file to write (.xlsx).</source>
        <translation>出力するファイル（.xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.xlsx.</source>
        <translation>--out ファイル.xlsx で出力先を指定してください。</translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year (2024 or 令和6年度).</source>
        <translation>--fiscal-year で年度を指定してください（2024 または 令和6年度）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を出力しました。</translation>
    </message>
</context>
<context>
    <name>Koso::SaveBankContactCommand</name>
    <message>
        <source>Add bank contact %1</source>
        <translation>銀行連絡先「%1」の追加</translation>
    </message>
    <message>
        <source>Remove bank contact %1</source>
        <translation>銀行連絡先「%1」の削除</translation>
    </message>
    <message>
        <source>Edit bank contact %1</source>
        <translation>銀行連絡先「%1」の編集</translation>
    </message>
</context>
<context>
    <name>Koso::SaveCouncilCommand</name>
    <message>
        <source>Add council %1</source>
        <translation>調整会議 %1 を追加</translation>
    </message>
    <message>
        <source>Remove council %1</source>
        <translation>調整会議 %1 を削除</translation>
    </message>
    <message>
        <source>Edit council %1</source>
        <translation>調整会議 %1 を編集</translation>
    </message>
</context>
<context>
    <name>Koso::SaveMeasureCommand</name>
    <message>
        <source>Add support measure %1</source>
        <translation>支援策「%1」の追加</translation>
    </message>
    <message>
        <source>Retire support measure %1</source>
        <translation>支援策「%1」の廃止</translation>
    </message>
    <message>
        <source>Edit support measure %1</source>
        <translation>支援策「%1」の編集</translation>
    </message>
</context>
<context>
    <name>Koso::SaveMeasureUseCommand</name>
    <message>
        <source>Link support measure to hospital</source>
        <translation>支援策と医療機関の紐付け</translation>
    </message>
    <message>
        <source>Remove support measure from hospital</source>
        <translation>医療機関の支援策の削除</translation>
    </message>
    <message>
        <source>Edit support measure of hospital</source>
        <translation>医療機関の支援策の編集</translation>
    </message>
</context>
<context>
    <name>Koso::SaveMeetingCommand</name>
    <message>
        <source>Add meeting of %1</source>
        <translation>%1 の会議を追加</translation>
    </message>
    <message>
        <source>Remove meeting of %1</source>
        <translation>%1 の会議を削除</translation>
    </message>
    <message>
        <source>Edit meeting of %1</source>
        <translation>%1 の会議を編集</translation>
    </message>
</context>
<context>
    <name>Koso::SavePracticeCaseCommand</name>
    <message>
        <source>Add case %1</source>
        <translation>事例「%1」の追加</translation>
    </message>
    <message>
        <source>Remove case %1</source>
        <translation>事例「%1」の削除</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>事例「%1」の編集</translation>
    </message>
</context>
<context>
    <name>Koso::SaveSessionCommand</name>
    <message>
        <source>Add study session %1</source>
        <translation>勉強会「%1」の追加</translation>
    </message>
    <message>
        <source>Remove study session %1</source>
        <translation>勉強会「%1」の削除</translation>
    </message>
    <message>
        <source>Edit study session %1</source>
        <translation>勉強会「%1」の編集</translation>
    </message>
</context>
<context>
    <name>Koso::SessionDialog</name>
    <message>
        <source>Edit Study Session</source>
        <translation>勉強会の編集</translation>
    </message>
    <message>
        <source>New Study Session</source>
        <translation>勉強会の新規作成</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日時(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>開催形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Venue or URL:</source>
        <translation>会場・URL(&amp;V)：</translation>
    </message>
    <message>
        <source>The prefecture (section in charge)</source>
        <translation>都道府県（担当課）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主催(&amp;H)：</translation>
    </message>
    <message>
        <source>MHLW、prefectural medical association、hospital association</source>
        <translation>厚生労働省、県医師会、病院協会</translation>
    </message>
    <message>
        <source>S&amp;ponsors:</source>
        <translation>後援(&amp;P)：</translation>
    </message>
    <message>
        <source>Asked of &amp;MHLW:</source>
        <translation>厚生労働省への依頼(&amp;M)：</translation>
    </message>
    <message>
        <source>Empty until the request is sent</source>
        <translation>依頼を送付するまで空欄</translation>
    </message>
    <message>
        <source>Request sent &amp;on:</source>
        <translation>依頼の送付日(&amp;O)：</translation>
    </message>
    <message>
        <source>MHLW deadline:</source>
        <translation>厚生労働省への依頼期限：</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>勉強会</translation>
    </message>
    <message>
        <source>Co-host</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Bank and branch</source>
        <translation>銀行・支店</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>No bank contact yet: add the banks on the Banks tab of the page first.</source>
        <translation>銀行連絡先がまだありません。先に「銀行」タブで銀行を登録してください。</translation>
    </message>
    <message>
        <source>Tick the banks that co-host the session.</source>
        <translation>共催する銀行にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Add Part</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>MHLW&apos;s Four Parts</source>
        <translation>厚生労働省の標準4部構成</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>案内</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>設置主体</translation>
    </message>
    <message>
        <source>The dataset lists no hospitals yet: import MHLW&apos;s workbooks (File › Import) to invite them.</source>
        <translation>データセットに医療機関がまだありません。厚生労働省のワークブックを取り込むと（ファイル › 取込）案内先を選べます。</translation>
    </message>
    <message>
        <source>Private hospitals are listed first.</source>
        <translation>民間の医療機関を先頭に表示しています。</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>フォローアップ(&amp;F)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Enter the date: the request to MHLW is due two months before.</source>
        <translation>開催日を入力してください。厚生労働省への依頼は開催日の2か月前が期限です。</translation>
    </message>
    <message>
        <source>Due %1 (nothing to request now)</source>
        <translation>期限 %1（現在、依頼は不要）</translation>
    </message>
    <message>
        <source>A study session needs a title and a date (written as 2027/4/30 or 令和9年4月30日).</source>
        <translation>勉強会には名称と開催日（2027/4/30 または 令和9年4月30日 の形式）が必要です。</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>説明する</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>Hospitals using it</source>
        <translation>活用する医療機関</translation>
    </message>
    <message>
        <source>Tick the measures the prefecture presents in part ③. The catalogue is kept on the Support Measures tab.</source>
        <translation>③で県が説明する支援策にチェックを付けてください。支援策の一覧は「支援策」タブで管理します。</translation>
    </message>
    <message>
        <source>Measures (③)</source>
        <translation>支援策（③）</translation>
    </message>
</context>
<context>
    <name>Koso::SessionHistoryView</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>Asked of MHLW</source>
        <translation>厚生労働省への依頼</translation>
    </message>
    <message>
        <source>Request sent on</source>
        <translation>依頼の送付日</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Hospitals invited</source>
        <translation>案内した医療機関</translation>
    </message>
    <message>
        <source>Hospitals attending</source>
        <translation>参加した医療機関</translation>
    </message>
    <message>
        <source>Measures in part ③</source>
        <translation>③で説明する支援策</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>No change is recorded for this session.</source>
        <translation>この勉強会の変更は記録されていません。</translation>
    </message>
    <message>
        <source>Select a study session above to see who changed what and when.</source>
        <translation>上の一覧で勉強会を選ぶと、誰がいつ何を変更したかを表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital(s): %1</source>
        <translation>
            <numerusform>%n医療機関：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::SessionImporter</name>
    <message>
        <source>%1 is empty; the first line must be title,date,format,status,co_hosts.</source>
        <translation>%1 は空です。1行目は title,date,format,status,co_hosts としてください。</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; is missing (header: title,date,format,status,co_hosts).</source>
        <translation>%1行目：列「%2」がありません（見出し：title,date,format,status,co_hosts）。</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>%1行目 %2列（%3）：%4</translation>
    </message>
    <message>
        <source>the title is empty.</source>
        <translation>名称が空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2027-04-30, 2027/4/30 or 令和9年4月30日).</source>
        <translation>「%1」は日付ではありません（2027-04-30、2027/4/30 または 令和9年4月30日 と記入してください）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format (WEB, 対面 or ハイブリッド).</source>
        <translation>「%1」は開催形式ではありません（WEB、対面、ハイブリッドのいずれか）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (構想中, 調整中, 開催決定, 開催済 or 中止).</source>
        <translation>「%1」は状況ではありません（構想中、調整中、開催決定、開催済、中止のいずれか）。</translation>
    </message>
    <message>
        <source>the same session is on line %1.</source>
        <translation>同じ勉強会が%1行目にもあります。</translation>
    </message>
    <message>
        <source>%1 holds no session below its header.</source>
        <translation>%1 には見出しの下に勉強会がありません。</translation>
    </message>
</context>
<context>
    <name>Koso::SessionReports</name>
    <message>
        <source>No study session in this fiscal year.</source>
        <translation>この年度の勉強会はありません。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>作成日：%1</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>好事例</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Region size</source>
        <translation>区域の規模</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>取組内容</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1 %2ページ</translation>
    </message>
    <message>
        <source>Good practices (printed %1)</source>
        <translation>好事例（作成日：%1）</translation>
    </message>
</context>
<context>
    <name>Koso::SessionStore</name>
    <message>
        <source>A bank contact needs the bank&apos;s name.</source>
        <translation>銀行連絡先には銀行名が必要です。</translation>
    </message>
    <message>
        <source>The bank contact no longer exists.</source>
        <translation>この銀行連絡先はすでにありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 co-hosts %n session(s); remove it from them first.</source>
        <translation>
            <numerusform>%1 は%n件の勉強会の共催者です。先に勉強会から外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A study session needs a title.</source>
        <translation>勉強会には名称が必要です。</translation>
    </message>
    <message>
        <source>A study session needs a date.</source>
        <translation>勉強会には開催日が必要です。</translation>
    </message>
    <message>
        <source>The study session no longer exists.</source>
        <translation>この勉強会はすでにありません。</translation>
    </message>
    <message>
        <source>Study sessions for hospitals: holding status, %1</source>
        <translation>医療機関向け勉強会の開催状況（%1）</translation>
    </message>
    <message>
        <source>Study sessions</source>
        <translation>勉強会</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>Asked of MHLW</source>
        <translation>厚生労働省への依頼</translation>
    </message>
    <message>
        <source>Hospitals invited</source>
        <translation>案内した医療機関数</translation>
    </message>
    <message>
        <source>of which private</source>
        <translation>うち民間</translation>
    </message>
    <message>
        <source>Hospitals attending</source>
        <translation>参加した医療機関数</translation>
    </message>
    <message>
        <source>Sessions held: %1; hospitals attending in all: %2.</source>
        <translation>開催済：%1回、参加医療機関（延べ）：%2。</translation>
    </message>
</context>
<context>
    <name>Koso::SessionsCommand</name>
    <message>
        <source>List the study sessions with their MHLW request deadline.</source>
        <translation>勉強会の一覧を、厚生労働省への依頼期限とともに表示します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATASET</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト向けに JSON で出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>想定外の引数「%1」があります。</translation>
    </message>
    <message>
        <source>No study session yet (koso sessions import FILE adds some).</source>
        <translation>勉強会はまだありません（koso sessions import FILE で追加できます）。</translation>
    </message>
    <message>
        <source>co-hosts: %1</source>
        <translation>共催：%1</translation>
    </message>
    <message>
        <source>MHLW request due %1</source>
        <translation>依頼期限 %1</translation>
    </message>
    <message>
        <source>invited %1, attended %2</source>
        <translation>案内 %1、参加 %2</translation>
    </message>
</context>
<context>
    <name>Koso::SessionsDemo</name>
    <message>
        <source>The demo needs a valid reference date.</source>
        <translation>デモの基準日が正しくありません。</translation>
    </message>
</context>
<context>
    <name>Koso::SessionsImportCommand</name>
    <message>
        <source>Import study sessions from CSV or .xlsx (title,date,format,status,co_hosts).</source>
        <translation>勉強会を CSV または .xlsx（title,date,format,status,co_hosts）から取り込みます。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATASET</translation>
    </message>
    <message>
        <source>Check the file and print what would change.</source>
        <translation>ファイルを確認し、変更内容を表示します。</translation>
    </message>
    <message>
        <source>The CSV or .xlsx file.</source>
        <translation>CSV または .xlsx ファイル。</translation>
    </message>
    <message>
        <source>Give one file: koso sessions import FILE --db DATASET.</source>
        <translation>ファイルを1つ指定してください：koso sessions import FILE --db DATASET。</translation>
    </message>
    <message>
        <source>%1: %2 (nothing imported)</source>
        <translation>%1：%2（何も取り込んでいません）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n件更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import from %1: %2.</source>
        <translation>%1 から取り込む内容：%2。</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>%1 から取り込みました：%2。</translation>
    </message>
</context>
<context>
    <name>Koso::SessionsPage</name>
    <message>
        <source>New Session…</source>
        <translation>勉強会を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Data Pack…</source>
        <translation>データパック…</translation>
    </message>
    <message>
        <source>Charts and tables for part ② as one PDF and slide-size PNGs</source>
        <translation>第2部のグラフと表を、1つのPDFとスライド用PNGで出力</translation>
    </message>
    <message>
        <source>Holding Status…</source>
        <translation>開催状況…</translation>
    </message>
    <message>
        <source>The sessions of a fiscal year as MHLW asks for them (.xlsx, PDF)</source>
        <translation>厚生労働省の照会様式に沿った年度の開催状況（.xlsx、PDF）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>MHLW request due</source>
        <translation>依頼期限</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>案内</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Study Sessions</source>
        <translation>勉強会</translation>
    </message>
    <message>
        <source>New Bank Contact…</source>
        <translation>銀行連絡先を追加…</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Branch or section</source>
        <translation>支店・部署</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The regional banks (地方銀行, 第二地方銀行) the office works with; sessions pick their co-hosts from this list.</source>
        <translation>連携する地方銀行・第二地方銀行の連絡先です。勉強会の共催者はこの一覧から選びます。</translation>
    </message>
    <message>
        <source>Banks</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>New Measure…</source>
        <translation>支援策を追加…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>廃止…</translation>
    </message>
    <message>
        <source>Link Hospital…</source>
        <translation>医療機関を紐付け…</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>紐付けを削除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>適用開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>適用終了</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>構想区域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>The catalogue shipped with the program summarises each measure in our own words; check the notices in force before advising a hospital. Every edit is kept as a new version.</source>
        <translation>同梱の一覧は各支援策を独自の表現で要約したものです。医療機関に助言する前に現行の通知を確認してください。編集するたびに新しい版として保存されます。</translation>
    </message>
    <message>
        <source>Support Measures</source>
        <translation>支援策</translation>
    </message>
    <message>
        <source>support-measures</source>
        <translation>支援策一覧</translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation>事例を追加…</translation>
    </message>
    <message>
        <source>Print as Handout…</source>
        <translation>配布資料として印刷…</translation>
    </message>
    <message>
        <source>The selected cases (all if none is selected)</source>
        <translation>選択した事例（未選択の場合はすべて）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Region size</source>
        <translation>区域の規模</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>No case yet. Add the good practices you want to show hospitals (MHLW&apos;s annexes 6 and 7, neighbouring prefectures) with New Case…, link them to regions, sessions and councils, and print them as handouts.</source>
        <translation>事例はまだありません。医療機関に紹介したい好事例（厚生労働省通知の別添6・別添7、近隣県の取組など）を「事例を追加…」で登録し、構想区域・勉強会・調整会議に紐付けて、配布資料として印刷できます。</translation>
    </message>
    <message>
        <source>Good Practices</source>
        <translation>好事例</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>▲ overdue: %1</source>
        <translation>▲ 期限超過：%1</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1（送付済）</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>会場：%1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主催：%1</translation>
    </message>
    <message>
        <source>Co-hosts: %1</source>
        <translation>共催：%1</translation>
    </message>
    <message>
        <source>Sponsors: %1</source>
        <translation>後援：%1</translation>
    </message>
    <message>
        <source>Asked of MHLW: %1</source>
        <translation>厚生労働省への依頼：%1</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>プログラム：</translation>
    </message>
    <message>
        <source>Measures presented in part ③: %1</source>
        <translation>第3部で紹介する支援策：%1</translation>
    </message>
    <message>
        <source>Hospitals invited: %1, attended: %2</source>
        <translation>案内した医療機関：%1、参加：%2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>フォローアップ：</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n MHLW request(s) due</source>
        <translation>
            <numerusform>▲ 厚生労働省への依頼期限 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding Status</source>
        <translation>開催状況</translation>
    </message>
    <message>
        <source>Fiscal year (April–March):</source>
        <translation>年度（4月～3月）：</translation>
    </message>
    <message>
        <source>Save Holding Status</source>
        <translation>開催状況の保存</translation>
    </message>
    <message>
        <source>study-sessions-%1.xlsx</source>
        <translation>勉強会開催状況-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel ブック (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1（%2 廃止）</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>同梱版</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>第%1版（県）</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>根拠：%1</translation>
    </message>
    <message>
        <source>Who can use it: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>要件：%1</translation>
    </message>
    <message>
        <source>Version %1 by %2, %3</source>
        <translation>第%1版（%2、%3）</translation>
    </message>
    <message>
        <source>Retire Measure</source>
        <translation>支援策の廃止</translation>
    </message>
    <message>
        <source>Retire %1 as of (e.g. 2027/3/31 or 令和9年3月31日):</source>
        <translation>%1 を廃止する日（例：2027/3/31、令和9年3月31日）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1 %2ページ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取込…</translation>
    </message>
    <message>
        <source>Sessions from a CSV or Excel file with the header title,date,format,status,co_hosts</source>
        <translation>見出し行が title,date,format,status,co_hosts（名称、開催日、形式、状況、共催）のCSVまたはExcelファイルから勉強会を取り込みます</translation>
    </message>
    <message>
        <source>No study session yet. Add one with New Session…, or import a list with Import… (CSV or Excel, header title,date,format,status,co_hosts). Add the banks you work with on the Banks tab first to pick them as co-hosts.</source>
        <translation>勉強会はまだありません。「勉強会を追加…」で登録するか、「取込…」で一覧を取り込んでください（CSVまたはExcel、見出し行は title,date,format,status,co_hosts）。共催の銀行は、先に「銀行」タブで登録しておくと選べます。</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>No bank yet. Add the regional banks you hold sessions with (bank, branch, person, phone, mail) with New Bank Contact…; sessions then pick their co-hosts from them.</source>
        <translation>銀行はまだ登録されていません。勉強会を共催する地方銀行（銀行名、支店、担当者、電話、メール）を「銀行連絡先を追加…」で登録してください。勉強会の共催はこの一覧から選びます。</translation>
    </message>
    <message>
        <source>Hospitals &amp;in:</source>
        <translation>対象区域(&amp;I):</translation>
    </message>
    <message>
        <source>Count and list the hospitals of one region only</source>
        <translation>1つの構想区域の医療機関だけを数え、一覧にします</translation>
    </message>
    <message>
        <source>Import Study Sessions</source>
        <translation>勉強会の取込</translation>
    </message>
    <message>
        <source>Sessions (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>勉強会 (*.csv *.xlsx);;CSV (*.csv);;Excelブック (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from %1: %2 added, %3 updated. Edit › Undo takes the import back.</source>
        <translation>
            <numerusform>%1 から勉強会%n件を取り込みました（追加%2件、更新%3件）。編集 › 元に戻す で取込を取り消せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>…ほか%n件（「詳細を表示」を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>%1 からは何も取り込んでいません：</translation>
    </message>
    <message>
        <source>Correct the file and import it again: the import stores all sessions or none. File: %1</source>
        <translation>ファイルを修正して取り込み直してください。取込はすべての勉強会を登録するか、1件も登録しないかのどちらかです。ファイル：%1</translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation>全医療機関</translation>
    </message>
    <message>
        <source>Select a measure to see the hospitals that plan to use it or have used it.</source>
        <translation>支援策を選ぶと、活用予定・活用済みの医療機関を表示します。</translation>
    </message>
    <message>
        <source>No hospital is linked to this measure yet. Link one with Link Hospital…, or from the hospital&apos;s page (Support measures tab).</source>
        <translation>この支援策に紐付いた医療機関はまだありません。「医療機関を紐付け…」か、医療機関のページ（支援策タブ）から登録してください。</translation>
    </message>
    <message>
        <source>No hospital of %1 is linked to this measure.</source>
        <translation>%1 の医療機関でこの支援策に紐付いたものはありません。</translation>
    </message>
</context>
<context>
    <name>Koso::SessionsReportCommand</name>
    <message>
        <source>Write the holding status of the study sessions of a fiscal year (.xlsx or .pdf).</source>
        <translation>年度の勉強会開催状況を書き出します（.xlsx または .pdf）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATASET</translation>
    </message>
    <message>
        <source>The fiscal year (2024, R6 or 令和6年度).</source>
        <translation>年度（2024、R6 または 令和6年度）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .pdf).</source>
        <translation>書き出すファイル（.xlsx または .pdf）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The holding status is written as .xlsx or .pdf.</source>
        <translation>開催状況は .xlsx または .pdf で書き出します。</translation>
    </message>
    <message>
        <source>Give the fiscal year with --fiscal-year (2024 or 令和6年度).</source>
        <translation>--fiscal-year で年度を指定してください（2024 または 令和6年度）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year (write 2024 or 令和6年度).</source>
        <translation>「%1」は年度ではありません（2024 または 令和6年度 と記入してください）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) of %1 to %2.</source>
        <translation>
            <numerusform>%1の勉強会%n件を %2 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::SetPolicyValuesCommand</name>
    <message>
        <source>There is no hospital with id %1.</source>
        <translation>ID %1 の医療機関はありません。</translation>
    </message>
</context>
<context>
    <name>Koso::StudySession</name>
    <message>
        <source>Request to MHLW sent on %1 (due %2)</source>
        <translation>厚生労働省への依頼は%1に送付済み（期限 %2）</translation>
    </message>
    <message>
        <source>Request to MHLW due today (%1)</source>
        <translation>厚生労働省への依頼期限は本日（%1）です</translation>
    </message>
    <message numerus="yes">
        <source>Request to MHLW due %1 (in %n day(s))</source>
        <translation>
            <numerusform>厚生労働省への依頼期限 %1（あと%n日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Request to MHLW was due %1 and is not recorded as sent</source>
        <translation>厚生労働省への依頼期限 %1 を過ぎていますが、送付の記録がありません</translation>
    </message>
    <message>
        <source>WEB</source>
        <translation>WEB</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>構想中</translation>
    </message>
    <message>
        <source>Arranging</source>
        <translation>調整中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>開催決定</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>開催済</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Nothing asked of MHLW</source>
        <translation>依頼なし</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>講師派遣</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>Lecture and sponsorship</source>
        <translation>講師派遣・後援</translation>
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
    <message>
        <source>tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolons (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>Its fields seem to be separated by %1, but Koso reads CSV separated by commas (,); save it from Excel as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>項目が%1で区切られているようですが、Koso はカンマ（,）区切りの CSV を読み込みます。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is %L2 MB large, more than the %L3 MB Koso reads from a CSV file.</source>
        <translation>%1 は %L2 MB あり、Koso が CSV ファイルから読み込む上限 %L3 MB を超えています。</translation>
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
    <name>Koso::TargetSheet</name>
    <message>
        <source>%1: no header row %2.</source>
        <translation>%1: 見出し行 %2 がありません。</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>%1 行目、%2 列目（%3）：%4</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>構想区域「%1」がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year</source>
        <translation>「%1」は年度ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>a beds target needs one of %1</source>
        <translation>病床数の目標には %1 のいずれかが必要です</translation>
    </message>
    <message>
        <source>only a beds target names a function</source>
        <translation>病床機能を指定できるのは病床数の目標だけです</translation>
    </message>
    <message>
        <source>a text target has no direction</source>
        <translation>定性的な目標には方向を指定しません</translation>
    </message>
    <message>
        <source>a text target needs its wording</source>
        <translation>定性的な目標には文言が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not at_least or at_most</source>
        <translation>「%1」は at_least でも at_most でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>a rate is a percentage from 0 to 100</source>
        <translation>率は 0～100 の%で指定してください</translation>
    </message>
    <message>
        <source>the same target appears twice</source>
        <translation>同じ目標が2回あります</translation>
    </message>
    <message numerus="yes">
        <source>Import %n target(s)</source>
        <translation>
            <numerusform>年度目標 %n 件の取込</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::TargetsExportCommand</name>
    <message>
        <source>Write the yearly targets as CSV or .xlsx, in the form targets import reads.</source>
        <translation>年度目標を targets import で読める形の CSV または .xlsx で出力します。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
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
        <source>Give the file to write with --out FILE.csv or --out FILE.xlsx.</source>
        <translation>--out ファイル.csv または --out ファイル.xlsx で出力先を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n target(s) to %1.</source>
        <translation>
            <numerusform>年度目標 %n 件を %1 に出力しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::TargetsImportCommand</name>
    <message>
        <source>Import yearly targets from CSV or .xlsx: all rows or, if any cell is bad, none.</source>
        <translation>年度目標を CSV または .xlsx から取り込みます（誤りが一つでもあれば何も取り込みません）。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>CSV or .xlsx with the header region_code,fiscal_year,indicator,function,direction,target,note.</source>
        <translation>見出し行が region_code,fiscal_year,indicator,function,direction,target,note の CSV または .xlsx。</translation>
    </message>
    <message>
        <source>Usage: koso targets import FILE --db DATASET</source>
        <translation>使い方: koso targets import ファイル --db データセット</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bad cell(s); nothing was imported)</source>
        <translation>
            <numerusform>%1（誤りのあるセル %n か所。何も取り込んでいません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n 件の目標を追加、%1 件を更新しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Koso::TemplateImporter</name>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1 のシート %2</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4)</source>
        <translation>%1 の %2行目、%3列（%4）</translation>
    </message>
    <message>
        <source>%1, row %2: the column %3 appears twice (columns %4 and %5).</source>
        <translation>%1 の %2行目：列「%3」が2回あります（%4列と%5列）。</translation>
    </message>
    <message>
        <source>%1 is empty; a template needs the columns No., ジャンル, 項目 and 根拠 and one row per item.</source>
        <translation>%1 は空です。テンプレートには No.・ジャンル・項目・根拠 の列と、項目ごとに1行が必要です。</translation>
    </message>
    <message>
        <source>%1: no header row found in the first rows; the template needs the columns No., ジャンル, 項目 and 根拠.</source>
        <translation>%1：先頭の行に見出し行が見つかりません。テンプレートには No.・ジャンル・項目・根拠 の列が必要です。</translation>
    </message>
    <message>
        <source>%1, row %2: the column %3 is missing; the template needs the columns No., ジャンル, 項目 and 根拠.</source>
        <translation>%1 の %2行目：列「%3」がありません。テンプレートには No.・ジャンル・項目・根拠 の列が必要です。</translation>
    </message>
    <message>
        <source>%1: the No. is empty.</source>
        <translation>%1：No. が空です。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：「%2」は整数ではありません。</translation>
    </message>
    <message>
        <source>%1: No. %2 is not positive; items are numbered from 1.</source>
        <translation>%1：No. %2 は正の数ではありません。No. は1から付けてください。</translation>
    </message>
    <message>
        <source>%1: No. %2 appears again (first in row %3).</source>
        <translation>%1：No. %2 が重複しています（最初は %3行目）。</translation>
    </message>
    <message>
        <source>%1: No. %2 follows No. %3; items must be numbered 1, 2, 3… in order.</source>
        <translation>%1：No. %3 の次が No. %2 になっています。No. は 1, 2, 3… の順に付けてください。</translation>
    </message>
    <message>
        <source>%1: the genre is empty.</source>
        <translation>%1：ジャンルが空です。</translation>
    </message>
    <message>
        <source>%1: the genre &quot;%2&quot; comes back after &quot;%3&quot; (it ended in row %4); the items of a genre must be consecutive.</source>
        <translation>%1：ジャンル「%2」が「%3」の後に再び現れています（%4行目で終わっています）。同じジャンルの項目は連続させてください。</translation>
    </message>
    <message>
        <source>%1: the item text is empty.</source>
        <translation>%1：項目の文言が空です。</translation>
    </message>
    <message>
        <source>%1: there are no items below the header row %2.</source>
        <translation>%1：見出し行（%2行目）の下に項目がありません。</translation>
    </message>
    <message>
        <source>Further problems not listed: %1.</source>
        <translation>ほかに %1件の問題があります。</translation>
    </message>
    <message>
        <source>%1: more than %L2 items; a checklist template holds a few dozen (the official one 31). Is this the right file?</source>
        <translation>%1：項目が %L2 を超えています。チェックリストの様式は数十項目（公式のものは31項目）です。正しいファイルか確認してください。</translation>
    </message>
</context>
<context>
    <name>Koso::TidyExport</name>
    <message>
        <source>Beds by vision region (MHLW, newest edition of each figure)</source>
        <translation>構想区域別の病床数（厚生労働省、各数値の最新版）</translation>
    </message>
    <message>
        <source>Beds by prefecture (MHLW, newest edition of each figure)</source>
        <translation>都道府県別の病床数（厚生労働省、各数値の最新版）</translation>
    </message>
    <message>
        <source>The dataset has no edition %1.</source>
        <translation>データセットに版 %1 はありません。</translation>
    </message>
    <message>
        <source>The dataset has no hospital list yet; import MHLW&apos;s 別添5② first.</source>
        <translation>データセットに医療機関一覧がまだありません。先に厚生労働省の 別添5② を取り込んでください。</translation>
    </message>
    <message>
        <source>Facilities listed in MHLW&apos;s 別添5②, %1</source>
        <translation>厚生労働省 別添5② 掲載の医療機関、%1</translation>
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
    <name>Koso::WhatIfAnalysis</name>
    <message>
        <source>Total</source>
        <translation>計</translation>
    </message>
    <message>
        <source>Reported beds and the required beds (必要量) are computed differently and cannot be compared one to one (MHLW). The what-if assumes every agreed policy is carried out as planned and the other facilities keep their reported beds.</source>
        <translation>病床機能報告の病床数と病床の必要量は算出方法が異なり、単純には比較できません（厚生労働省）。この試算は、合意した対応方針がすべて予定どおり実施され、その他の医療機関は報告どおりの病床数を維持すると仮定しています。</translation>
    </message>
    <message>
        <source>If every agreed policy is carried out (%1)</source>
        <translation>合意済の対応方針がすべて実施された場合（%1年）</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>試算</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>病床機能</translation>
    </message>
    <message>
        <source>Reported beds</source>
        <translation>報告病床数</translation>
    </message>
    <message>
        <source>Planned by agreed policies</source>
        <translation>合意済の対応方針の予定病床数</translation>
    </message>
    <message>
        <source>Reported by those facilities</source>
        <translation>同医療機関の報告病床数</translation>
    </message>
    <message>
        <source>If carried out</source>
        <translation>実施後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Required beds</source>
        <translation>必要量</translation>
    </message>
    <message>
        <source>Gap to required</source>
        <translation>必要量との差</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>医療機関数</translation>
    </message>
    <message>
        <source>Agreed with planned beds</source>
        <translation>予定病床数のある合意済</translation>
    </message>
</context>
<context>
    <name>Koso::WhatIfCommand</name>
    <message>
        <source>Beds if every agreed policy is carried out, against required and reported beds.</source>
        <translation>合意済の対応方針がすべて実施された場合の病床数を、必要量・報告病床数と比べます。</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Only this region (4-digit code).</source>
        <translation>この構想区域（4桁のコード）だけ。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Target year of the policies (default 2025).</source>
        <translation>対応方針の目標年（既定は2025）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Write the table to this file (.xlsx or .csv) instead of printing CSV.</source>
        <translation>CSV を表示する代わりに、このファイル（.xlsx または .csv）に書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target year (such as 2025).</source>
        <translation>「%1」は目標年（2025 など）ではありません。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>構想区域「%1」はありません。</translation>
    </message>
    <message>
        <source>Wrote the what-if table to %1.</source>
        <translation>試算の表を %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>Koso::WhatIfView</name>
    <message>
        <source>Export &amp;chart…</source>
        <translation>グラフをエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>表をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>対象区域(&amp;A):</translation>
    </message>
    <message>
        <source>Target &amp;year:</source>
        <translation>目標年(&amp;Y):</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>If carried out</source>
        <translation>実施後</translation>
    </message>
    <message>
        <source>Required (2025)</source>
        <translation>必要量（2025年）</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <source>what-if.xlsx</source>
        <translation>対応方針実施後の試算.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>If every agreed policy is carried out (%1)</source>
        <translation>合意済の対応方針がすべて実施された場合（%1年）</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>病床数</translation>
    </message>
    <message>
        <source>Source: response policies recorded by the prefecture; MHLW bed function report; required beds of the regional vision</source>
        <translation>出典: 県が記録した対応方針、厚生労働省「病床機能報告」、地域医療構想の病床の必要量</translation>
    </message>
</context>
<context>
    <name>Koso::WorkbookDetector</name>
    <message>
        <source>Attachment 4-3: beds by vision region</source>
        <translation>別添4③ 構想区域の病床数等</translation>
    </message>
    <message>
        <source>Attachment 4-2: beds by prefecture</source>
        <translation>別添4② 都道府県の病床数等</translation>
    </message>
    <message>
        <source>Attachment 5-2: hospitals by vision region</source>
        <translation>別添5② 構想区域の医療機関</translation>
    </message>
    <message>
        <source>unknown workbook</source>
        <translation>不明なブック</translation>
    </message>
    <message>
        <source>Inflow and outflow rates by vision region (NDB)</source>
        <translation>④ 構想区域の流出率及び流入率（NDB）</translation>
    </message>
    <message>
        <source>Demand estimates by vision region (home visits, outpatients)</source>
        <translation>構想区域別の医療需要推計（在宅・外来）</translation>
    </message>
    <message>
        <source>医療情報ネット: hospital locations</source>
        <translation>医療情報ネット 病院の所在地</translation>
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
    <message>
        <source>the part would inflate to %L1 MB, more than the %L2 MB Koso reads from one part of a workbook</source>
        <translation>このパートは展開すると %L1 MB になり、Koso がブックの1パートから読み込む上限 %L2 MB を超えます</translation>
    </message>
    <message>
        <source>%1 is refused (part %2): %3.</source>
        <translation>%1 は取り込めません（パート %2）：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is only %n byte(s) long: it is not an Excel workbook (perhaps it was not copied or downloaded completely).</source>
        <translation>
            <numerusform>%1 は %n バイトしかなく、Excel ブックではありません（コピーやダウンロードが途中で終わった可能性があります）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: its zip archive holds %L2 files, more than the %L3 of any workbook Koso reads.</source>
        <translation>%1 は取り込めません。zip アーカイブに %L2 個のファイルがあり、Koso が読み込むブックの上限 %L3 を超えています。</translation>
    </message>
    <message>
        <source>%1 is password-protected (its part %2 is encrypted). Remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>%1 はパスワードで保護されています（パート %2 が暗号化されています）。Excel でパスワードを解除し（ファイル ＞ 情報 ＞ ブックの保護）、保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is refused: its zip archive holds two parts named %2, and Koso cannot tell which one Excel would read; the file is damaged or was altered.</source>
        <translation>%1 は取り込めません。zip アーカイブに %2 という名前のパートが2つあり、Excel がどちらを読むか判断できません。ファイルが壊れているか、改変されています。</translation>
    </message>
    <message>
        <source>%1 is refused: its parts would inflate to %L2 MB (the part %3 alone to %L4 MB), more than the %L5 MB Koso reads from one workbook.</source>
        <translation>%1 は取り込めません。展開すると %L2 MB（パート %3 だけで %L4 MB）になり、Koso が1つのブックから読み込む上限 %L5 MB を超えます。</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>it holds more than %L1 shared strings</source>
        <translation>共有文字列が %L1 個を超えています</translation>
    </message>
    <message>
        <source>shared string %L1 is longer than the %L2 characters a cell can hold</source>
        <translation>共有文字列 %L1 が、1セルに入る %L2 文字を超えています</translation>
    </message>
    <message>
        <source>its shared strings hold more than %L1 million characters in all</source>
        <translation>共有文字列の合計が %L1 百万文字を超えています</translation>
    </message>
    <message>
        <source>%1 is refused (sheet &quot;%2&quot;, part %3): %4.</source>
        <translation>%1 は取り込めません（シート「%2」、パート %3）：%4。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>row %L1 is beyond Excel&apos;s last row, %L2</source>
        <translation>%L1 行目は Excel の最終行 %L2 を超えています</translation>
    </message>
    <message>
        <source>row %L1 has more than %L2 cells, Excel&apos;s number of columns</source>
        <translation>%L1 行目のセルが Excel の列数 %L2 を超えています</translation>
    </message>
    <message>
        <source>row %L1 has a cell beyond Excel&apos;s last column, XFD</source>
        <translation>%L1 行目に Excel の最終列 XFD を超えるセルがあります</translation>
    </message>
    <message>
        <source>cell %1 holds a number of %L2 characters</source>
        <translation>セル %1 の数値が %L2 文字あります</translation>
    </message>
    <message>
        <source>cell %1 holds a value longer than the %L2 characters a cell can hold</source>
        <translation>セル %1 の値が、1セルに入る %L2 文字を超えています</translation>
    </message>
    <message>
        <source>cell %1 holds a text longer than the %L2 characters a cell can hold</source>
        <translation>セル %1 の文字列が、1セルに入る %L2 文字を超えています</translation>
    </message>
</context>
<context>
    <name>Koso::ZipEntryDevice</name>
    <message>
        <source>it inflates to more than the %L1 bytes the zip states; the file is damaged or forged</source>
        <translation>zip に記録されたサイズ %L1 バイトを超えて展開されます。ファイルが壊れているか、改ざんされています</translation>
    </message>
    <message>
        <source>it inflates to more than %L1 MB, more than Koso reads from one part of a workbook</source>
        <translation>展開すると %L1 MB を超え、Koso がブックの1パートから読み込む上限を超えます</translation>
    </message>
    <message>
        <source>it holds a tag or a text of more than %L1 KB in one piece; no cell of a workbook holds that much (Excel allows 32,767 characters)</source>
        <translation>%L1 KB を超える一続きのタグまたは文字列があります。ブックのセルにこれほどの内容は入りません（Excel の上限は32,767文字）</translation>
    </message>
</context>
</TS>

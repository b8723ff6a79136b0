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
    <name>Koso::ExportCommand</name>
    <message>
        <source>Write imported figures as CSV on stdout: region-beds, prefecture-beds, hospitals.</source>
        <translation>取り込んだ数値を CSV で標準出力に書き出します（region-beds、prefecture-beds、hospitals）。</translation>
    </message>
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
        <source>region-beds, prefecture-beds or hospitals.</source>
        <translation>region-beds、prefecture-beds または hospitals。</translation>
    </message>
    <message>
        <source>Say what to export: region-beds, prefecture-beds or hospitals.</source>
        <translation>書き出す内容を指定してください: region-beds、prefecture-beds または hospitals。</translation>
    </message>
    <message>
        <source>Unknown export &quot;%1&quot;; choose region-beds, prefecture-beds or hospitals.</source>
        <translation>「%1」という書き出しはありません。region-beds、prefecture-beds、hospitals のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown prefecture code %1.</source>
        <translation>都道府県コード %1 は不明です。</translation>
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
        <source>a number of beds</source>
        <translation>病床数</translation>
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
    <name>Koso::HospitalStore</name>
    <message>
        <source>Unknown bed function %1.</source>
        <translation>病床機能 %1 は定義されていません。</translation>
    </message>
</context>
<context>
    <name>Koso::ImportCommand</name>
    <message>
        <source>Import MHLW&apos;s 見える化 workbooks (別添4②, 別添4③, 別添5②) into a dataset.</source>
        <translation>厚生労働省の「見える化」ブック（別添4②、別添4③、別添5②）をデータセットに取り込みます。</translation>
    </message>
    <message>
        <source>The dataset to import into.</source>
        <translation>取り込み先のデータセット。</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The edition of workbooks that do not state theirs, e.g. 令和6年度 or R6.</source>
        <translation>版の記載がないブックの版（例: 令和6年度、R6）。</translation>
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
        <source>MHLW workbooks (.xlsx), in any order.</source>
        <translation>厚生労働省のブック（.xlsx、順不同）。</translation>
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
</context>
<context>
    <name>Koso::ImportController</name>
    <message>
        <source>Import MHLW workbooks</source>
        <translation>厚生労働省のブックを取り込む</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Edition of the workbooks</source>
        <translation>ブックの版</translation>
    </message>
    <message>
        <source>%1 does not state which edition of MHLW&apos;s data it is.
Choose the edition (the fiscal year MHLW published it for, as on its web page):</source>
        <translation>%1 には厚生労働省データの版の記載がありません。
版（厚生労働省のページに記載の年度）を選んでください:</translation>
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
</context>
<context>
    <name>Koso::ImportSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not one of MHLW&apos;s 見える化 workbooks that Koso imports (別添4②, 別添4③, 別添5②); its title reads &quot;%2&quot;.</source>
        <translation>%1 は取り込み対象の厚生労働省「見える化」ブック（別添4②、別添4③、別添5②）ではありません。表題は「%2」です。</translation>
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
    <name>Koso::PagedTableReport</name>
    <message>
        <source>Cannot start printing the document.</source>
        <translation>印刷を開始できません。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the document.</source>
        <translation>%1ページ目を開始できません。</translation>
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

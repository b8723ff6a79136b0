<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>There is no self-assessment yet. Use &quot;New self-assessment…&quot; to start one; the checklist follows the ministry&apos;s 31 items in 6 genres.</source>
        <translation>まだ自己点検がありません。「自己点検を新規作成…」から始めてください。チェックリストは厚生労働省の様式に沿った6ジャンル・31項目です。</translation>
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
        <source>Open or create a dataset to use the checklist.</source>
        <translation>チェックリストを使うには、データセットを開くか新規作成してください。</translation>
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

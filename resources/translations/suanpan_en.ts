<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssumptionLog</name>
    <message numerus="yes">
        <source>Assumption log of %1: %n change(s)</source>
        <translation>
            <numerusform>Assumption log of %1: %n change</numerusform>
            <numerusform>Assumption log of %1: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was evaluated.</source>
        <comment>the problems follow, one per line</comment>
        <translation>
            <numerusform>%1: %n problem found; nothing was evaluated.</numerusform>
            <numerusform>%1: %n problems found; nothing was evaluated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2 s).</source>
        <translation>
            <numerusform>Wrote %1 (%n page, %2 s).</numerusform>
            <numerusform>Wrote %1 (%n pages, %2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliProject</name>
    <message numerus="yes">
        <source>Expected %n file(s).</source>
        <translation>
            <numerusform>Expected %n file.</numerusform>
            <numerusform>Expected %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n problem(s) found; nothing was evaluated.</source>
        <translation>
            <numerusform>Scenario &quot;%1&quot;: %n problem found; nothing was evaluated.</numerusform>
            <numerusform>Scenario &quot;%1&quot;: %n problems found; nothing was evaluated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scenario &quot;%2&quot;: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: scenario &quot;%2&quot;: %n problem found.</numerusform>
            <numerusform>%1: scenario &quot;%2&quot;: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n scenario(s).</source>
        <translation>
            <numerusform>Created %1 with %n scenario.</numerusform>
            <numerusform>Created %1 with %n scenarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem found; nothing was imported.</numerusform>
            <numerusform>%1: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in the assumption log of %1.</source>
        <translation>
            <numerusform>%n change recorded in the assumption log of %1.</numerusform>
            <numerusform>%n changes recorded in the assumption log of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); see validate</source>
        <translation>
            <numerusform>%n problem; see validate</numerusform>
            <numerusform>%n problems; see validate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>Imported %n entry(s) into the %1 catalog.</source>
        <translation>
            <numerusform>Imported %n entry into the %1 catalog.</numerusform>
            <numerusform>Imported %n entries into the %1 catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyLibrary</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>The scenario names no uncertain inputs, so this analysis draws the shipped uncertainty presets (methodology §12): %n trial(s).</source>
        <translation>
            <numerusform>The scenario names no uncertain inputs, so this analysis draws the shipped uncertainty presets (methodology §12): %n trial.</numerusform>
            <numerusform>The scenario names no uncertain inputs, so this analysis draws the shipped uncertainty presets (methodology §12): %n trials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message numerus="yes">
        <source>But with this value the scenario has %n problem(s):</source>
        <translation>
            <numerusform>But with this value the scenario has %n problem:</numerusform>
            <numerusform>But with this value the scenario has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::AssumptionLogDialog</name>
    <message numerus="yes">
        <source>%n recorded change(s).</source>
        <translation>
            <numerusform>%n recorded change.</numerusform>
            <numerusform>%n recorded changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::ComparePage</name>
    <message numerus="yes">
        <source>%n input(s) of &quot;%1&quot; differ from &quot;%2&quot; (the first two ticked scenarios).</source>
        <translation>
            <numerusform>%n input of &quot;%1&quot; differs from &quot;%2&quot; (the first two ticked scenarios).</numerusform>
            <numerusform>%n inputs of &quot;%1&quot; differ from &quot;%2&quot; (the first two ticked scenarios).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::GoalSeekDialog</name>
    <message numerus="yes">
        <source>Applied to the scenario (%n field(s)); Undo takes it back.</source>
        <translation>
            <numerusform>Applied to the scenario (%n field); Undo takes it back.</numerusform>
            <numerusform>Applied to the scenario (%n fields); Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::KpiStrip</name>
    <message numerus="yes">
        <source>The inputs have %n problem(s); the figures show the last valid state. </source>
        <translation>
            <numerusform>The inputs have %n problem; the figures show the last valid state. </numerusform>
            <numerusform>The inputs have %n problems; the figures show the last valid state. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inputs have %n problem(s); there are no results yet. </source>
        <translation>
            <numerusform>The inputs have %n problem; there are no results yet. </numerusform>
            <numerusform>The inputs have %n problems; there are no results yet. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) in the inputs: see the fields marked in red.</source>
        <translation>
            <numerusform>%n problem in the inputs: see the fields marked in red.</numerusform>
            <numerusform>%n problems in the inputs: see the fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanpan::ProjectSession</name>
    <message numerus="yes">
        <source>Suanpan did not close properly. Recover the unsaved work of %1 (%n scenario(s))?</source>
        <translation>
            <numerusform>Suanpan did not close properly. Recover the unsaved work of %1 (%n scenario)?</numerusform>
            <numerusform>Suanpan did not close properly. Recover the unsaved work of %1 (%n scenarios)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This save records %n change(s). Why were they made? A short note, kept with them in the assumption log (optional):</source>
        <translation>
            <numerusform>This save records %n change. Why was it made? A short note, kept with it in the assumption log (optional):</numerusform>
            <numerusform>This save records %n changes. Why were they made? A short note, kept with them in the assumption log (optional):</numerusform>
        </translation>
    </message>
</context>
</TS>

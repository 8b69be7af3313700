<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LedgerSearch</name>
    <message numerus="yes">
        <source>client %1 · %2 · contributed to %n block(s)</source>
        <translation>
            <numerusform>client %1 · %2 · contributed to %n block</numerusform>
            <numerusform>client %1 · %2 · contributed to %n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationResult</name>
    <message numerus="yes">
        <source>And %n more block(s) whose signatures depend on it.</source>
        <translation>
            <numerusform>And %n more block whose signatures depend on it.</numerusform>
            <numerusform>And %n more blocks whose signatures depend on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in that block.</source>
        <translation>
            <numerusform>%n more problem in that block.</numerusform>
            <numerusform>%n more problems in that block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n block(s) after it are untrusted.</source>
        <translation>
            <numerusform>The %n block after it is untrusted.</numerusform>
            <numerusform>The %n blocks after it are untrusted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced every round&apos;s model from its stored updates (%n round(s)).</source>
        <translation>
            <numerusform>Replay reproduced every round&apos;s model from its stored updates (%n round).</numerusform>
            <numerusform>Replay reproduced every round&apos;s model from its stored updates (%n rounds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced %n round(s) from their stored updates.</source>
        <translation>
            <numerusform>Replay reproduced %n round from its stored updates.</numerusform>
            <numerusform>Replay reproduced %n rounds from their stored updates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) could not be replayed because their updates were not stored.</source>
        <translation>
            <numerusform>%n round could not be replayed because its updates were not stored.</numerusform>
            <numerusform>%n rounds could not be replayed because their updates were not stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::ui::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… and %n more (Show Details…)</numerusform>
            <numerusform>… and %n more (Show Details…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockDetailView</name>
    <message numerus="yes">
        <source>%1 selected · %2 accepted · %n incident(s)</source>
        <translation>
            <numerusform>%1 selected · %2 accepted · %n incident</numerusform>
            <numerusform>%1 selected · %2 accepted · %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockListModel</name>
    <message numerus="yes">
        <source>%1 accepted of %2 selected; %n incident(s)</source>
        <translation>
            <numerusform>%1 accepted of %2 selected; %n incident</numerusform>
            <numerusform>%1 accepted of %2 selected; %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::LedgerExplorer</name>
    <message numerus="yes">
        <source>%n block(s) written since are not verified yet.</source>
        <translation>
            <numerusform>%n block written since is not verified yet.</numerusform>
            <numerusform>%n blocks written since are not verified yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n block(s)</source>
        <translation>
            <numerusform>%1 · %n block</numerusform>
            <numerusform>%1 · %n blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageView</name>
    <message numerus="yes">
        <source>%n contributing node(s)</source>
        <translation>
            <numerusform>%n contributing node</numerusform>
            <numerusform>%n contributing nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) back to genesis</source>
        <translation>
            <numerusform>%n version back to genesis</numerusform>
            <numerusform>%n versions back to genesis</numerusform>
        </translation>
    </message>
</context>
</TS>

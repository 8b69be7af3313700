<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit report: model %1</source>
        <translation>Prüfbericht: Modell %1</translation>
    </message>
    <message>
        <source>Federation “%1” (id %2) · run file %3 · generated %4 by Federation Studio</source>
        <translation>Föderation „%1“ (ID %2) · Laufdatei %3 · erstellt am %4 von Federation Studio</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Has anything been changed?</source>
        <translation>Wurde etwas verändert?</translation>
    </message>
    <message>
        <source>No: the ledger verifies.</source>
        <translation>Nein: Das Ledger ist gültig.</translation>
    </message>
    <message>
        <source>Yes: the ledger does NOT verify.</source>
        <translation>Ja: Das Ledger ist NICHT gültig.</translation>
    </message>
    <message>
        <source>Block %1 is on this model&apos;s lineage: the model and everything recorded after that block cannot be trusted.</source>
        <translation>Block %1 liegt auf der Abstammungslinie dieses Modells: Dem Modell und allem, was nach diesem Block aufgezeichnet wurde, kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The first bad block comes after this model&apos;s round, so its lineage verified; later records do not.</source>
        <translation>Der erste fehlerhafte Block folgt erst nach der Runde dieses Modells, seine Abstammung ist also geprüft; spätere Einträge sind es nicht.</translation>
    </message>
    <message>
        <source>Where did this model come from?</source>
        <translation>Woher stammt dieses Modell?</translation>
    </message>
    <message>
        <source>Its lineage cannot be traced: %1</source>
        <translation>Seine Abstammung lässt sich nicht zurückverfolgen: %1</translation>
    </message>
    <message>
        <source>Model %1 is the federation&apos;s initial model, fixed by the genesis block on %2.</source>
        <translation>Modell %1 ist das Ausgangsmodell der Föderation, festgelegt durch den Genesis-Block am %2.</translation>
    </message>
    <message>
        <source>Model %1 was produced by round %2 (block %3, %4). It descends from the initial model %5 through %6 rounds, into which %7 nodes put %8 updates trained on %9 samples.</source>
        <translation>Modell %1 wurde in Runde %2 erzeugt (Block %3, %4). Es stammt über %6 Runden vom Ausgangsmodell %5 ab, in die %7 Knoten %8 Updates einbrachten, trainiert mit %9 Stichproben.</translation>
    </message>
    <message>
        <source>Its test accuracy is %1 and its test loss %2.</source>
        <translation>Seine Testgenauigkeit beträgt %1, sein Testverlust %2.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Energy along the lineage: %1 (computation %2, communication %3, idle %4), %5 g CO₂.</source>
        <translation>Energie entlang der Abstammung: %1 (Berechnung %2, Kommunikation %3, Leerlauf %4), %5 g CO₂.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <source>Each model version, back to the initial model, with the nodes whose updates made it. Node names come from the genesis block&apos;s member list; node ids are the SHA-256 of the nodes&apos; public keys.</source>
        <translation>Jede Modellversion bis zurück zum Ausgangsmodell, mit den Knoten, deren Updates sie erzeugt haben. Die Knotennamen stammen aus der Mitgliederliste des Genesis-Blocks; Knoten-IDs sind die SHA-256-Hashes der öffentlichen Schlüssel der Knoten.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Beitragende</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>… %1 more rounds, listed by fedctl ledger export …</source>
        <translation>… %1 weitere Runden, aufgelistet von fedctl ledger export …</translation>
    </message>
    <message>
        <source>clients %1</source>
        <translation>Clients %1</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>Genesis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>initial model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>First–last round</source>
        <translation>Erste–letzte Runde</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Eigene Energie</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Checked: every hash link, the coordinator&apos;s signature on every block, every node&apos;s signature on its update, every Merkle root, the model and update blobs (re-hashed: %1 bytes, %2 signatures), and the run&apos;s tables against the blocks.</source>
        <translation>Geprüft: jede Hash-Verkettung, die Signatur des Koordinators auf jedem Block, die Signatur jedes Knotens auf seinem Update, jede Merkle-Wurzel, die Modell- und Update-Blobs (neu gehasht: %1 Bytes, %2 Signaturen) sowie die Tabellen der Laufdatei gegen die Blöcke.</translation>
    </message>
    <message>
        <source>Head block %1, hash</source>
        <translation>Kopfblock %1, Hash</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Block %1: %2</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>Federation id</source>
        <translation>Föderations-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Spec hash</source>
        <translation>Spec-Hash</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Koordinatorschlüssel</translation>
    </message>
    <message>
        <source>Coordinator id</source>
        <translation>Koordinator-ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Initial model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Checking this report</source>
        <translation>Diesen Bericht nachprüfen</translation>
    </message>
    <message>
        <source>The ledger&apos;s format is public (docs/ledger-format.md). Anyone can re-check the run file without Federation Studio&apos;s viewer:</source>
        <translation>Das Format des Ledgers ist öffentlich (docs/ledger-format.md). Jeder kann die Laufdatei ohne den Viewer von Federation Studio erneut prüfen:</translation>
    </message>
    <message>
        <source>Keep the head hash above somewhere else: without it, blocks removed from the end of a chain together with their rounds cannot be detected (fedctl ledger verify --expect-head HASH checks it).</source>
        <translation>Bewahren Sie den obigen Kopf-Hash an anderer Stelle auf: Ohne ihn lässt sich nicht erkennen, ob Blöcke samt ihren Runden vom Ende der Kette entfernt wurden (fedctl ledger verify --expect-head HASH prüft das).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Federation Studio audit report</source>
        <translation>Prüfbericht von Federation Studio</translation>
    </message>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>LedgerConnection</name>
    <message>
        <source>This run file has no audit ledger (yet).</source>
        <translation>Diese Laufdatei hat (noch) kein Prüf-Ledger.</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>Das Ledger enthält noch keine Blöcke.</translation>
    </message>
</context>
<context>
    <name>LedgerSearch</name>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>block hash</source>
        <translation>Block-Hash</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Search for a hash prefix (hex), a node id prefix, “client 3”, a round (“12”) or a time (“2024-11-21 10:30”).</source>
        <translation>Suche nach einem Hash-Präfix (hex), einem Knoten-ID-Präfix, „client 3“, einer Runde („12“) oder einer Zeit („2024-11-21 10:30“).</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>Das Ledger enthält noch keine Blöcke.</translation>
    </message>
    <message>
        <source>the genesis block</source>
        <translation>der Genesis-Block</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>the last block: every block is older than %1</source>
        <translation>der letzte Block: Jeder Block ist älter als %1</translation>
    </message>
    <message>
        <source>the first block at or after %1</source>
        <translation>der erste Block zum Zeitpunkt %1 oder danach</translation>
    </message>
    <message numerus="yes">
        <source>client %1 · %2 · contributed to %n block(s)</source>
        <translation>
            <numerusform>Client %1 · %2 · hat zu %n Block beigetragen</numerusform>
            <numerusform>Client %1 · %2 · hat zu %n Blöcken beigetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>The genesis block names no client %1.</source>
        <translation>Der Genesis-Block nennt keinen Client %1.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>update %1 from %2</source>
        <translation>Update %1 von %2</translation>
    </message>
    <message>
        <source>refused update %1 from %2</source>
        <translation>abgelehntes Update %1 von %2</translation>
    </message>
</context>
<context>
    <name>LineageScene</name>
    <message>
        <source>Model %1
Block %2 (height %3)
Click to show the block.</source>
        <translation>Modell %1
Block %2 (Höhe %3)
Klicken, um den Block anzuzeigen.</translation>
    </message>
    <message>
        <source>Initial model · genesis</source>
        <translation>Ausgangsmodell · Genesis</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>%1
Node id %2
Click to highlight every model it contributed to.</source>
        <translation>%1
Knoten-ID %2
Klicken, um jedes Modell hervorzuheben, zu dem er beigetragen hat.</translation>
    </message>
</context>
<context>
    <name>NodeDirectory</name>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Federation %1: %2 node kits.

Coordinator (keep on its machine, never hand out): %3/coordinator
Listens on %4

</source>
        <translation>Föderation %1: %2 Startpakete für Knoten.

Koordinator (auf seinem Rechner belassen, nie weitergeben): %3/coordinator
Erreichbar unter %4

</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>VerificationResult</name>
    <message>
        <source>It comes after block %1, the first bad block, so nothing in it can be trusted.</source>
        <translation>Er folgt auf Block %1, den ersten fehlerhaften Block, daher ist nichts darin vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Its own problems: %1</source>
        <translation>Eigene Probleme: %1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>Die Verifikation konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>Die Verifikation wurde abgebrochen; nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>The chain is valid: %1 blocks, %2 signatures, every hash link, Merkle root and stored model check out (%3 s).</source>
        <translation>Die Kette ist gültig: %1 Blöcke, %2 Signaturen, jede Hash-Verkettung, Merkle-Wurzel und jedes gespeicherte Modell stimmen (%3 s).</translation>
    </message>
    <message>
        <source>block %1 (round %2)</source>
        <translation>Block %1 (Runde %2)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>The chain is INVALID from %1: %2.</source>
        <translation>Die Kette ist UNGÜLTIG ab %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in that block.</source>
        <translation>
            <numerusform>%n weiteres Problem in diesem Block.</numerusform>
            <numerusform>%n weitere Probleme in diesem Block.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n block(s) after it are untrusted.</source>
        <translation>
            <numerusform>Der %n Block danach ist nicht vertrauenswürdig.</numerusform>
            <numerusform>Die %n Blöcke danach sind nicht vertrauenswürdig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>Das Ledger kann nicht verifiziert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced every round&apos;s model from its stored updates (%n round(s)).</source>
        <translation>
            <numerusform>Die Wiederholung hat das Modell jeder Runde aus den gespeicherten Updates reproduziert (%n Runde).</numerusform>
            <numerusform>Die Wiederholung hat das Modell jeder Runde aus den gespeicherten Updates reproduziert (%n Runden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay reproduced %1 round(s) from their stored updates; %2 round(s) could not be replayed because their updates were not stored.</source>
        <translation type="vanished">Die Wiederholung hat %1 Runde(n) aus ihren gespeicherten Updates reproduziert; %2 Runde(n) konnten nicht wiederholt werden, weil ihre Updates nicht gespeichert wurden.</translation>
    </message>
    <message>
        <source>No round was replayed: this run did not keep its nodes&apos; updates (the spec&apos;s Audit ledger &gt; Client updates). Every other check was made.</source>
        <translation>Keine Runde wurde wiederholt: Dieser Lauf hat die Updates seiner Knoten nicht aufbewahrt (in der Spec: Prüf-Ledger &gt; Client-Updates). Alle anderen Prüfungen wurden durchgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more block(s) whose signatures depend on it.</source>
        <translation>
            <numerusform>Dazu %n weiterer Block, dessen Signaturen davon abhängen.</numerusform>
            <numerusform>Dazu %n weitere Blöcke, deren Signaturen davon abhängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own checks fail only because its signatures depend on block %1, which was altered.</source>
        <translation>Seine eigenen Prüfungen schlagen nur fehl, weil seine Signaturen von Block %1 abhängen, der verändert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced %n round(s) from their stored updates.</source>
        <translation>
            <numerusform>Die Wiederholung hat %n Runde aus ihren gespeicherten Updates reproduziert.</numerusform>
            <numerusform>Die Wiederholung hat %n Runden aus ihren gespeicherten Updates reproduziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) could not be replayed because their updates were not stored.</source>
        <translation>
            <numerusform>%n Runde konnte nicht wiederholt werden, weil ihre Updates nicht gespeichert wurden.</numerusform>
            <numerusform>%n Runden konnten nicht wiederholt werden, weil ihre Updates nicht gespeichert wurden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewerFormat</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>Genesis</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>fed::ui::AboutDialog</name>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>About Federation Studio</source>
        <translation>Über Federation Studio</translation>
    </message>
    <message>
        <source>Design, run and audit federated-learning federations: real models trained with LibTorch on data spread across many clients, every run kept in one file with a hash-chained audit ledger.</source>
        <translation>Föderationen für föderiertes Lernen entwerfen, ausführen und prüfen: echte Modelle, mit LibTorch auf Daten trainiert, die über viele Clients verteilt sind, jeder Lauf in einer Datei mit hashverkettetem Prüf-Ledger.</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>gRPC</source>
        <translation>gRPC</translation>
    </message>
</context>
<context>
    <name>fed::ui::ChartPanel</name>
    <message>
        <source>The chart &quot;%1&quot; has nothing to export: %2</source>
        <translation>Das Diagramm „%1“ enthält nichts zum Exportieren: %2</translation>
    </message>
    <message>
        <source>Exported from Federation Studio</source>
        <translation>Exportiert aus Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not &quot;%1&quot;</source>
        <translation>Diagramme werden als .png oder .svg exportiert, nicht als „%1“</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>fed::ui::ClientsModel</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>node %1 · %2</source>
        <translation>Knoten %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Client %1, Knoten-ID %2</translation>
    </message>
    <message>
        <source>Selected for this round; its update has not arrived yet</source>
        <translation>Für diese Runde ausgewählt; sein Update ist noch nicht eingetroffen</translation>
    </message>
    <message>
        <source>Took part in %1 of the %2 rounds so far</source>
        <translation>Hat an %1 der bisher %2 Runden teilgenommen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rounds taken part</source>
        <translation>Teilgenommene Runden</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Letzter Verlust</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>The run does not score contributions (spec: contribution.enabled)</source>
        <translation>Der Lauf bewertet keine Beiträge (Spec: contribution.enabled)</translation>
    </message>
    <message>
        <source>Shapley estimate (%1) of the validation gain this node&apos;s updates brought, summed over %2 rounds</source>
        <translation>Shapley-Schätzung (%1) des Validierungsgewinns, den die Updates dieses Knotens gebracht haben, summiert über %2 Runden</translation>
    </message>
    <message>
        <source>Rewards earned: %1 in total, %2 in the last scored round</source>
        <translation>Erhaltene Belohnungen: insgesamt %1, %2 in der letzten bewerteten Runde</translation>
    </message>
    <message>
        <source>Contribution score per kJ of the node&apos;s modelled energy in scored rounds</source>
        <translation>Beitragswert pro kJ der modellierten Energie des Knotens in bewerteten Runden</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Beitragswert</translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation>Belohnungssaldo</translation>
    </message>
    <message>
        <source>Score per kJ</source>
        <translation>Beitragswert pro kJ</translation>
    </message>
    <message>
        <source>%1 · ⚠ Byzantine</source>
        <translation>%1 · ⚠ Byzantinisch</translation>
    </message>
    <message>
        <source>A Byzantine client: the spec makes it an adversary (%1). Robust strategies are meant to keep its updates from harming the model.</source>
        <translation>Ein byzantinischer Client: Die Spec macht ihn zum Angreifer (%1). Robuste Strategien sollen verhindern, dass seine Updates dem Modell schaden.</translation>
    </message>
</context>
<context>
    <name>fed::ui::Dashboard</name>
    <message>
        <source>Accuracy and loss per round</source>
        <translation>Genauigkeit und Verlust pro Runde</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="vanished">Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Energy per round</source>
        <translation>Energie pro Runde</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>Pro Runde</translation>
    </message>
    <message>
        <source>Accuracy against energy spent</source>
        <translation>Genauigkeit im Verhältnis zur verbrauchten Energie</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Kumulierte Energie</translation>
    </message>
    <message>
        <source>Training loss per client (first %1 clients)</source>
        <translation>Trainingsverlust pro Client (erste %1 Clients)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;No energy data in this run&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its rounds record no modelled energy (the run file was made before energy accounting).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;Keine Energiedaten in diesem Lauf&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seine Runden verzeichnen keine modellierte Energie (die Laufdatei entstand vor der Energiebilanzierung).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per round (%1)</source>
        <translation>Pro Runde (%1)</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>Kumuliert (%1)</translation>
    </message>
    <message>
        <source>Cumulative energy (%1)</source>
        <translation>Kumulierte Energie (%1)</translation>
    </message>
    <message>
        <source>Privacy spent (ε)</source>
        <translation>Verbrauchtes Privacy-Budget (ε)</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Accuracy, loss and privacy spent per round</source>
        <translation>Genauigkeit, Verlust und verbrauchtes Privacy-Budget pro Runde</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>fed::ui::DesignerPage</name>
    <message>
        <source>Double-click or press Enter on a problem to go to its field.</source>
        <translation>Doppelklicken oder Eingabetaste auf einem Problem springt zu seinem Feld.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No problems: ready to start.</source>
        <translation>Keine Probleme: bereit zum Start.</translation>
    </message>
    <message>
        <source>1 problem to fix before starting</source>
        <translation>1 Problem muss vor dem Start behoben werden</translation>
    </message>
    <message>
        <source>%1 problems to fix before starting</source>
        <translation>%1 Probleme müssen vor dem Start behoben werden</translation>
    </message>
    <message>
        <source>Untitled federation</source>
        <translation>Unbenannte Föderation</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>Synthetic(%1, %2)</source>
        <translation>Synthetisch(%1, %2)</translation>
    </message>
    <message>
        <source>, IID split</source>
        <translation>, IID-Aufteilung</translation>
    </message>
    <message>
        <source>, Dirichlet α = %1</source>
        <translation>, Dirichlet α = %1</translation>
    </message>
    <message>
        <source>, 1 shard per client</source>
        <translation>, 1 Shard pro Client</translation>
    </message>
    <message>
        <source>, %1 shards per client</source>
        <translation>, %1 Shards pro Client</translation>
    </message>
    <message>
        <source>, quantity skew α = %1</source>
        <translation>, Mengenschiefe α = %1</translation>
    </message>
    <message>
        <source>%1, learning rate %2, %3</source>
        <translation>%1, Lernrate %2, %3</translation>
    </message>
    <message>
        <source>1 local epoch</source>
        <translation>1 lokale Epoche</translation>
    </message>
    <message>
        <source>%1 local epochs</source>
        <translation>%1 lokale Epochen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 problem in this section</source>
        <translation>1 Problem in diesem Abschnitt</translation>
    </message>
    <message>
        <source>%1 problems in this section</source>
        <translation>%1 Probleme in diesem Abschnitt</translation>
    </message>
</context>
<context>
    <name>fed::ui::DeviceMixModel</name>
    <message>
        <source>The share of the clients this profile gets: its share divided by the sum of all shares.</source>
        <translation>Der Anteil der Clients, den dieses Profil erhält: sein Anteil geteilt durch die Summe aller Anteile.</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Of clients</source>
        <translation>Clientanteil</translation>
    </message>
</context>
<context>
    <name>fed::ui::FederationWorker</name>
    <message>
        <source>The paused federation is no longer in memory; resume it from its run file.</source>
        <translation>Die pausierte Föderation ist nicht mehr im Speicher; setzen Sie sie über ihre Laufdatei fort.</translation>
    </message>
    <message>
        <source>The kit folder %1</source>
        <translation>Der Startpaket-Ordner %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::IncidentsModel</name>
    <message>
        <source>node %1 · %2</source>
        <translation>Knoten %1 · %2</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Client %1, Knoten-ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchModel</name>
    <message>
        <source>this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Copying kit</source>
        <translation>Startpaket wird kopiert</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>nicht beigetreten</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ausgetreten</translation>
    </message>
    <message>
        <source>lost (no heartbeat)</source>
        <translation type="vanished">verloren (kein Heartbeat)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last log line</source>
        <translation>Letzte Logzeile</translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation>%1 · %2 abgelehnt</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>wieder beigetreten</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>Updates the coordinator accepted from this node</source>
        <translation>Updates dieses Knotens, die der Koordinator angenommen hat</translation>
    </message>
    <message>
        <source>Last rejected: %1</source>
        <translation>Zuletzt abgelehnt: %1</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchPanel</name>
    <message>
        <source>The nodes of a networked federation (launch mode local or ssh). Select one to see its log; clear the selection for the coordinator&apos;s.</source>
        <translation>Die Knoten einer vernetzten Föderation (Startmodus local oder ssh). Wählen Sie einen aus, um sein Log zu sehen; heben Sie die Auswahl auf für das des Koordinators.</translation>
    </message>
    <message>
        <source>Coordinator log</source>
        <translation type="vanished">Koordinator-Log</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Log von %1</translation>
    </message>
    <message>
        <source>No fednode processes. They appear here when a networked federation starts: in the designer&apos;s Launch group, set Clients run to Local fednode processes or SSH hosts, with a provisioned kit folder.</source>
        <translation>Keine fednode-Prozesse. Sie erscheinen hier, wenn eine vernetzte Föderation startet: Stellen Sie in der Gruppe Knotenstart des Designers „Clients laufen“ auf „Lokale fednode-Prozesse“ oder „SSH-Hosts“ und wählen Sie einen provisionierten Startpaket-Ordner.</translation>
    </message>
    <message>
        <source>Coordinator log (select a node for its own)</source>
        <translation>Koordinator-Log (einen Knoten wählen für seines)</translation>
    </message>
</context>
<context>
    <name>fed::ui::MainWindow</name>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>Led&amp;ger</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Spec kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Fix the problems below in a text editor (or with fedctl spec check), then open it again.</source>
        <translation type="vanished">Beheben Sie die unten stehenden Probleme in einem Texteditor (oder mit fedctl spec check) und öffnen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>Cannot Open Run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>„%1“ konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Federation Running</source>
        <translation>Föderation läuft</translation>
    </message>
    <message>
        <source>A federation is running. Quit anyway?

The round in progress finishes and is saved; the run can be resumed later from its run file.</source>
        <translation>Eine Föderation läuft. Trotzdem beenden?

Die laufende Runde wird abgeschlossen und gespeichert; der Lauf kann später über seine Laufdatei fortgesetzt werden.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New federation spec (%1)</source>
        <translation>Neue Föderations-Spec (%1)</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>Spec &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open a federation spec (%1)</source>
        <translation>Eine Föderations-Spec öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the spec (%1)</source>
        <translation>Spec speichern (%1)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>&amp;Lauf öffnen…</translation>
    </message>
    <message>
        <source>Open for &amp;Audit…</source>
        <translation>Zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <source>Open a run file read-only in the block explorer, to trace its models and verify its ledger</source>
        <translation>Eine Laufdatei schreibgeschützt im Block-Explorer öffnen, um ihre Modelle zurückzuverfolgen und ihr Ledger zu verifizieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Specs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Fe&amp;deration</source>
        <translation>Fö&amp;deration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Federation Studio</source>
        <translation>Ü&amp;ber Federation Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Spec valid: ready to start</source>
        <translation>Spec gültig: bereit zum Start</translation>
    </message>
    <message>
        <source>1 problem in the spec</source>
        <translation>1 Problem in der Spec</translation>
    </message>
    <message>
        <source>%1 problems in the spec</source>
        <translation>%1 Probleme in der Spec</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save Spec with Problems?</source>
        <translation>Spec mit Problemen speichern?</translation>
    </message>
    <message>
        <source>The spec has problems (%1). Federation Studio and fedctl open only valid specs, so this file cannot be opened again until they are fixed by hand.</source>
        <translation>Die Spec hat Probleme (%1). Federation Studio und fedctl öffnen nur gültige Specs; diese Datei lässt sich daher erst wieder öffnen, wenn die Probleme von Hand behoben sind.</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>Spec kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Spec speichern unter</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json)</source>
        <translation>Föderations-Specs (*.fed.json);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Spec öffnen</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json);;All files (*)</source>
        <translation>Föderations-Specs (*.fed.json);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Föderationsläufe (*.fedrun);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Lauf zur Prüfung öffnen</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide (docs/user-guide.md) is not installed on this machine.</source>
        <translation>Das Benutzerhandbuch (docs/user-guide.md) ist auf diesem Rechner nicht installiert.</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Keine Anwendung ist zum Öffnen von %1 eingerichtet.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Federation Studio starts</source>
        <translation>Wird beim nächsten Start von Federation Studio wirksam</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Federation Studio will follow the system&apos;s language the next time it starts.</source>
        <translation>Federation Studio folgt beim nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Federation Studio will use %1 the next time it starts.</source>
        <translation>Federation Studio verwendet beim nächsten Start %1.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Provision &amp;Nodes…</source>
        <translation>&amp;Knoten bereitstellen…</translation>
    </message>
    <message>
        <source>Make the certificates and startup kits for a networked federation (docs/nodes.md)</source>
        <translation>Die Zertifikate und Startpakete für eine vernetzte Föderation erstellen (docs/nodes.md)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… und %n weiteres (Details einblenden…)</numerusform>
            <numerusform>… und %n weitere (Details einblenden…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in a text editor (or check it with fedctl spec check), then open it again.</source>
        <translation>Korrigieren Sie die Datei in einem Texteditor (oder prüfen Sie sie mit fedctl spec check) und öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>fed::ui::MetricsCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fed::ui::PartitionPreview</name>
    <message>
        <source>Partition preview</source>
        <translation>Aufteilungsvorschau</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Bar height: how many samples each client holds, so uneven client sizes show.</source>
        <translation>Balkenhöhe: wie viele Stichproben jeder Client hält, damit ungleiche Client-Größen sichtbar werden.</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>Klassenanteile</translation>
    </message>
    <message>
        <source>Every bar is 100%: each client&apos;s mix of classes, whatever its size.</source>
        <translation>Jeder Balken ist 100 %: die Klassenmischung jedes Clients, unabhängig von seiner Größe.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>The preview appears when the data, client and partition settings are valid: see the problems listed below the form.</source>
        <translation>Die Vorschau erscheint, sobald die Einstellungen für Daten, Clients und Aufteilung gültig sind: siehe die Probleme unter dem Formular.</translation>
    </message>
    <message>
        <source>Partitioning…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1 other classes</source>
        <translation>%1 weitere Klassen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <source>Share of the client&apos;s samples</source>
        <translation>Anteil an den Stichproben des Clients</translation>
    </message>
    <message>
        <source>Client %1 · %2: %3 of its %4 samples (%5%)</source>
        <translation>Client %1 · %2: %3 von seinen %4 Stichproben (%5 %)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clients&lt;/b&gt; share %2 training samples: %3 per client on average, fewest %4, median %5, most %6.</source>
        <translation>&lt;b&gt;%1 Clients&lt;/b&gt; teilen sich %2 Trainingsstichproben: im Mittel %3 pro Client, mindestens %4, Median %5, höchstens %6.</translation>
    </message>
    <message>
        <source>Class mix: a client&apos;s data is as varied as &lt;b&gt;%1 of %2 classes&lt;/b&gt; in equal parts, on average</source>
        <translation>Klassenmischung: Die Daten eines Clients sind im Mittel so vielfältig wie &lt;b&gt;%1 von %2 Klassen&lt;/b&gt; zu gleichen Teilen</translation>
    </message>
    <message>
        <source> — close to IID.</source>
        <translation> — nahezu IID.</translation>
    </message>
    <message>
        <source> — moderately non-IID.</source>
        <translation> — mäßig non-IID.</translation>
    </message>
    <message>
        <source> — strongly non-IID: most clients see only a few classes.</source>
        <translation> — stark non-IID: Die meisten Clients sehen nur wenige Klassen.</translation>
    </message>
    <message>
        <source>%1 test samples</source>
        <translation>%1 Teststichproben</translation>
    </message>
    <message>
        <source>model: %1 parameters (%2 per update)</source>
        <translation>Modell: %1 Parameter (%2 pro Update)</translation>
    </message>
    <message>
        <source>the chart shows clients 0–%1 of %2</source>
        <translation>das Diagramm zeigt die Clients 0–%1 von %2</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProblemListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProfileFieldsModel</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the device is, shown in lists and reports.</source>
        <translation>Was das Gerät ist; erscheint in Listen und Berichten.</translation>
    </message>
    <message>
        <source>CPU frequency</source>
        <translation>CPU-Takt</translation>
    </message>
    <message>
        <source>Clock rate while training. Faster CPUs finish sooner but, at the same work, spend more energy (power grows with the cube of the clock).</source>
        <translation>Taktfrequenz beim Training. Schnellere CPUs sind früher fertig, verbrauchen für dieselbe Arbeit aber mehr Energie (die Leistung wächst mit der dritten Potenz des Takts).</translation>
    </message>
    <message>
        <source>FLOPs per cycle</source>
        <translation>FLOPs pro Takt</translation>
    </message>
    <message>
        <source>Sustained training FLOPs per clock cycle on the one core a client uses.</source>
        <translation>Dauerhafte Trainings-FLOPs pro Taktzyklus auf dem einen Kern, den ein Client nutzt.</translation>
    </message>
    <message>
        <source>Cycles per sample</source>
        <translation>Takte pro Stichprobe</translation>
    </message>
    <message>
        <source>CPU cycles to train on one sample; 0 derives it from the model&apos;s FLOPs per sample and the FLOPs per cycle.</source>
        <translation>CPU-Takte für das Training auf einer Stichprobe; 0 leitet den Wert aus den FLOPs pro Stichprobe des Modells und den FLOPs pro Takt ab.</translation>
    </message>
    <message>
        <source>Switched capacitance</source>
        <translation>Geschaltete Kapazität</translation>
    </message>
    <message>
        <source>κ: the chip&apos;s effective switched capacitance; dynamic CPU power is κ·f³.</source>
        <translation>κ: die effektive geschaltete Kapazität des Chips; die dynamische CPU-Leistung ist κ·f³.</translation>
    </message>
    <message>
        <source>Transmit power</source>
        <translation>Sendeleistung</translation>
    </message>
    <message>
        <source>Maximum uplink transmit power used to send the update.</source>
        <translation>Maximale Uplink-Sendeleistung für das Senden des Updates.</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Uplink bandwidth when the round has no shared bandwidth budget.</source>
        <translation>Uplink-Bandbreite, wenn die Runde kein gemeinsames Bandbreitenbudget hat.</translation>
    </message>
    <message>
        <source>Nearest distance</source>
        <translation>Geringste Entfernung</translation>
    </message>
    <message>
        <source>Clients of this profile are placed between the nearest and farthest distance from the access point; farther clients need more energy to upload.</source>
        <translation>Clients dieses Profils werden zwischen der geringsten und der größten Entfernung vom Zugangspunkt platziert; weiter entfernte Clients brauchen mehr Energie zum Hochladen.</translation>
    </message>
    <message>
        <source>Farthest distance</source>
        <translation>Größte Entfernung</translation>
    </message>
    <message>
        <source>The farthest a client of this profile is from the access point.</source>
        <translation>Die größte Entfernung eines Clients dieses Profils vom Zugangspunkt.</translation>
    </message>
    <message>
        <source>Channel gain</source>
        <translation>Kanalgewinn</translation>
    </message>
    <message>
        <source>Linear channel power gain; 0 derives it from each client&apos;s distance (3GPP path loss).</source>
        <translation>Linearer Leistungsgewinn des Kanals; 0 leitet ihn aus der Entfernung jedes Clients ab (3GPP-Pfadverlust).</translation>
    </message>
    <message>
        <source>Noise density</source>
        <translation>Rauschdichte</translation>
    </message>
    <message>
        <source>Noise power spectral density N₀; −174 dBm/Hz is 3.981e-21 W/Hz.</source>
        <translation>Spektrale Rauschleistungsdichte N₀; −174 dBm/Hz entspricht 3.981e-21 W/Hz.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Leerlaufleistung</translation>
    </message>
    <message>
        <source>Power drawn while waiting for the round to end (counted only when &quot;Count idle power&quot; is on).</source>
        <translation>Leistungsaufnahme während des Wartens auf das Rundenende (nur gezählt, wenn „Leerlaufleistung während des Wartens auf die Runde anrechnen“ aktiviert ist).</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>CO₂-Intensität</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid this device draws from.</source>
        <translation>Gramm CO₂ pro kWh des Stromnetzes, aus dem dieses Gerät bezogen wird.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Zulässig: %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the built-in value.</source>
        <translation>Leer lassen, um den eingebauten Wert zu behalten.</translation>
    </message>
    <message>
        <source>Required for a new profile%1.</source>
        <translation>Für ein neues Profil erforderlich%1.</translation>
    </message>
    <message>
        <source> (0 derives it)</source>
        <translation> (0 leitet ihn ab)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This spec</source>
        <translation>Diese Spec</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProvisionDialog</name>
    <message>
        <source>Provision Nodes</source>
        <translation>Knoten bereitstellen</translation>
    </message>
    <message>
        <source>Makes the federation&apos;s certificate authority, the coordinator&apos;s certificate and one startup kit per node (a folder and a .tar.gz with its certificate, keys and the coordinator&apos;s address). Hand each node its archive over a channel you trust.</source>
        <translation>Erstellt die Zertifizierungsstelle der Föderation, das Zertifikat des Koordinators und ein Startpaket pro Knoten (einen Ordner und eine .tar.gz-Datei mit seinem Zertifikat, seinen Schlüsseln und der Adresse des Koordinators). Übergeben Sie jedem Knoten sein Archiv über einen Kanal, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>a saved federation spec (*.fed.json)</source>
        <translation>eine gespeicherte Föderations-Spec (*.fed.json)</translation>
    </message>
    <message>
        <source>&amp;Spec:</source>
        <translation>&amp;Spec:</translation>
    </message>
    <message>
        <source>Spec to Provision</source>
        <translation>Bereitzustellende Spec</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;All files (*)</source>
        <translation>Föderations-Specs (*.fed.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>One kit per node. When this differs from the spec&apos;s clients, the kits&apos; spec gets this many clients.</source>
        <translation>Ein Startpaket pro Knoten. Weicht diese Zahl von den Clients der Spec ab, erhält die Spec in den Startpaketen entsprechend viele Clients.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>The name or address nodes use to reach the coordinator; it goes into the kits and the coordinator&apos;s certificate.</source>
        <translation>Der Name oder die Adresse, über die Knoten den Koordinator erreichen; sie kommt in die Startpakete und in das Zertifikat des Koordinators.</translation>
    </message>
    <message>
        <source>Coordinator &amp;host:</source>
        <translation>Koordinator-&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>more names or addresses, comma-separated (optional)</source>
        <translation>weitere Namen oder Adressen, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>Weitere &amp;Namen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Generating keys and writing the kits…</source>
        <translation>Schlüssel werden erzeugt und Startpakete geschrieben…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Not provisioned: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>choose a saved spec file (save the design first).</source>
        <translation>wählen Sie eine gespeicherte Spec-Datei (speichern Sie zuerst den Entwurf).</translation>
    </message>
    <message>
        <source>choose an output folder.</source>
        <translation>wählen Sie einen Ausgabeordner.</translation>
    </message>
</context>
<context>
    <name>fed::ui::RoundsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Updates accepted</source>
        <translation>Angenommene Updates</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Kumulierte Energie</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>CO₂</translation>
    </message>
</context>
<context>
    <name>fed::ui::RunFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>fed::ui::RunPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the federation in a new run file</source>
        <translation>Die Föderation in einer neuen Laufdatei starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause after the round in progress; Resume continues at once</source>
        <translation>Nach der laufenden Runde pausieren; Fortsetzen macht sofort weiter</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop after the round in progress; the run file keeps every round</source>
        <translation>Nach der laufenden Runde anhalten; die Laufdatei behält jede Runde</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the paused or stopped run to its last round</source>
        <translation>Den pausierten oder gestoppten Lauf bis zu seiner letzten Runde fortsetzen</translation>
    </message>
    <message>
        <source>Pausing after round %1 completes…</source>
        <translation>Pausiert, sobald Runde %1 abgeschlossen ist…</translation>
    </message>
    <message>
        <source>Pausing after the round in progress…</source>
        <translation>Pausiert nach der laufenden Runde…</translation>
    </message>
    <message>
        <source>Stopped; the paused federation was released.</source>
        <translation>Gestoppt; die pausierte Föderation wurde freigegeben.</translation>
    </message>
    <message>
        <source>Stopping after round %1 completes…</source>
        <translation>Stoppt, sobald Runde %1 abgeschlossen ist…</translation>
    </message>
    <message>
        <source>Stopping after the round in progress…</source>
        <translation>Stoppt nach der laufenden Runde…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Every node of this federation runs inside this process, on a pool of training threads.</source>
        <translation>Jeder Knoten dieser Föderation läuft in diesem Prozess, auf einem Pool von Trainings-Threads.</translation>
    </message>
    <message>
        <source>Design a federation and press Start, or open a run file.</source>
        <translation>Entwerfen Sie eine Föderation und drücken Sie Starten, oder öffnen Sie eine Laufdatei.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>%v of %m updates</source>
        <translation type="vanished">%v von %m Updates</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%v of %m rounds</source>
        <translation type="vanished">%v von %m Runden</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>Energy (modelled)</source>
        <translation>Energie (modelliert)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Per-client curves</source>
        <translation>Kurven pro Client</translation>
    </message>
    <message>
        <source>Training loss of the first %1 clients, round by round</source>
        <translation>Trainingsverlust der ersten %1 Clients, Runde für Runde</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Als %1 speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save All Charts…</source>
        <translation>Alle Diagramme speichern…</translation>
    </message>
    <message>
        <source>Round Metrics as CSV…</source>
        <translation>Rundenmetriken als CSV…</translation>
    </message>
    <message>
        <source>Client Metrics as CSV…</source>
        <translation>Client-Metriken als CSV…</translation>
    </message>
    <message>
        <source>Filter by node or device</source>
        <translation>Nach Knoten oder Gerät filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Run files in the runs folder. Double-click one to see it as it was; a stopped run can then be resumed.</source>
        <translation>Laufdateien im Läufe-Ordner. Doppelklicken Sie auf eine, um sie so zu sehen, wie sie war; ein gestoppter Lauf kann dann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>A federation is running. Pause or stop it before opening another run.</source>
        <translation>Eine Föderation läuft. Pausieren oder stoppen Sie sie, bevor Sie einen anderen Lauf öffnen.</translation>
    </message>
    <message>
        <source>The paused federation was released; its run file can be resumed.</source>
        <translation>Die pausierte Föderation wurde freigegeben; ihre Laufdatei kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Press Start to run this federation; its run file goes to %1.</source>
        <translation>Drücken Sie Starten, um diese Föderation auszuführen; ihre Laufdatei wird in %1 abgelegt.</translation>
    </message>
    <message>
        <source>Run file: %1</source>
        <translation>Laufdatei: %1</translation>
    </message>
    <message>
        <source>In-process · Nodes: %1 · Training threads: %2</source>
        <translation>Im Prozess · Knoten: %1 · Trainings-Threads: %2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pausiert gleich</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Overall · about %1 left</source>
        <translation>Gesamt · noch etwa %1</translation>
    </message>
    <message>
        <source>Overall · done</source>
        <translation>Gesamt · fertig</translation>
    </message>
    <message>
        <source>best %1 · round %2</source>
        <translation>beste %1 · Runde %2</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>trainiert %1</translation>
    </message>
    <message>
        <source>%1% computation · %2 g CO₂</source>
        <translation>%1 % Berechnung · %2 g CO₂</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices. Measured on this machine&apos;s CPU packages (RAPL): %1.</source>
        <translation>Modelliert für die Geräte der Clients. Gemessen an den CPU-Packages dieses Rechners (RAPL): %1.</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices (docs/energy.md).</source>
        <translation>Modelliert für die Geräte der Clients (docs/energy.md).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>no rejected or dropped updates</source>
        <translation>keine abgelehnten oder verworfenen Updates</translation>
    </message>
    <message>
        <source>%1 rejected · %2 dropped</source>
        <translation>%1 abgelehnt · %2 verworfen</translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1</source>
        <translation>Der Läufe-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; (rounds: %2).</source>
        <translation>„%1“ wird gestartet (Runden: %2).</translation>
    </message>
    <message>
        <source>Loading data and building the model…</source>
        <translation>Daten werden geladen und das Modell wird aufgebaut…</translation>
    </message>
    <message>
        <source>Resuming at round %1.</source>
        <translation>Fortsetzung bei Runde %1.</translation>
    </message>
    <message>
        <source>Re-opening %1 to resume at round %2.</source>
        <translation>%1 wird erneut geöffnet, um bei Runde %2 fortzusetzen.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>Alle Diagramme speichern</translation>
    </message>
    <message>
        <source>Saved the charts in %1 (files: %2)</source>
        <translation>Die Diagramme wurden in %1 gespeichert (Dateien: %2)</translation>
    </message>
    <message>
        <source>There is no run file to export yet.</source>
        <translation>Es gibt noch keine Laufdatei zum Exportieren.</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Ein Export wird noch geschrieben.</translation>
    </message>
    <message>
        <source>Export Client Metrics</source>
        <translation>Client-Metriken exportieren</translation>
    </message>
    <message>
        <source>Export Round Metrics</source>
        <translation>Rundenmetriken exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Resumed at round %1 of %2.</source>
        <translation>Bei Runde %1 von %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>Started. Clients: %1 · parameters: %2 · training samples: %3 · test samples: %4.</source>
        <translation>Gestartet. Clients: %1 · Parameter: %2 · Trainingsstichproben: %3 · Teststichproben: %4.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was dropped: %3</source>
        <translation>Runde %1: Das Update von Knoten %2 wurde verworfen: %3</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was rejected: %3</source>
        <translation>Runde %1: Das Update von Knoten %2 wurde abgelehnt: %3</translation>
    </message>
    <message>
        <source>Round %1 of %2: </source>
        <translation>Runde %1 von %2: </translation>
    </message>
    <message>
        <source>accuracy %1, loss %2, </source>
        <translation>Genauigkeit %1, Verlust %2, </translation>
    </message>
    <message>
        <source>%1 of %2 updates accepted, %3</source>
        <translation>%1 von %2 Updates angenommen, %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Finished at round %1 of %2</source>
        <translation>Abgeschlossen bei Runde %1 von %2</translation>
    </message>
    <message>
        <source>: accuracy %1 (best %2 in round %3).</source>
        <translation>: Genauigkeit %1 (beste %2 in Runde %3).</translation>
    </message>
    <message>
        <source>Energy (modelled): %1, %2 g CO₂.</source>
        <translation>Energie (modelliert): %1, %2 g CO₂.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Paused after round %1. Resume continues at round %2.</source>
        <translation>Pausiert nach Runde %1. Fortsetzen macht bei Runde %2 weiter.</translation>
    </message>
    <message>
        <source>Paused after round %1</source>
        <translation>Pausiert nach Runde %1</translation>
    </message>
    <message>
        <source>Stopped after round %1; the run file keeps every completed round and Resume continues it.</source>
        <translation>Gestoppt nach Runde %1; die Laufdatei behält jede abgeschlossene Runde, und Fortsetzen setzt sie fort.</translation>
    </message>
    <message>
        <source>Stopped after round %1</source>
        <translation>Gestoppt nach Runde %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 rounds, %4.</source>
        <translation>%1 geöffnet: %2 von %3 Runden, %4.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2 updates</source>
        <translation>%1 von %2 Updates</translation>
    </message>
    <message>
        <source>Byzantine</source>
        <translation>Byzantinisch</translation>
    </message>
    <message>
        <source>Only the clients the spec makes adversaries</source>
        <translation>Nur die Clients, die die Spec zu Angreifern macht</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 von %2 Runden</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Knotenstart</translation>
    </message>
    <message>
        <source>The fednode processes of a networked federation (launch mode local or ssh): their state, connection and logs</source>
        <translation>Die fednode-Prozesse einer vernetzten Föderation (Startmodus local oder ssh): ihr Zustand, ihre Verbindung und ihre Logs</translation>
    </message>
    <message>
        <source>SSH hosts · Nodes: %1</source>
        <translation>SSH-Hosts · Knoten: %1</translation>
    </message>
    <message>
        <source>Local fednode processes · Nodes: %1</source>
        <translation>Lokale fednode-Prozesse · Knoten: %1</translation>
    </message>
    <message>
        <source>Launching %1 nodes; their state and logs are on the Launch tab.</source>
        <translation>%1 Knoten werden gestartet; ihr Zustand und ihre Logs stehen auf dem Tab „Knotenstart“.</translation>
    </message>
    <message>
        <source>Every node is a fednode process that joined the coordinator over mutual TLS; see the Launch tab.</source>
        <translation>Jeder Knoten ist ein fednode-Prozess, der dem Koordinator über gegenseitiges TLS beigetreten ist; siehe den Reiter Knotenstart.</translation>
    </message>
    <message>
        <source>Networked · Nodes: %1</source>
        <translation>Vernetzt · Knoten: %1</translation>
    </message>
    <message>
        <source>Its nodes are launched again with the kits in %1.</source>
        <translation>Ihre Knoten werden mit den Startpaketen in %1 erneut gestartet.</translation>
    </message>
    <message>
        <source>Kit Folder for Resuming %1 (the folder with coordinator/ and nodes/)</source>
        <translation>Startpaket-Ordner zum Fortsetzen von %1 (der Ordner mit coordinator/ und nodes/)</translation>
    </message>
    <message>
        <source>Cannot resume with the kits in %1: %2
Press Resume to choose the kit folder this run was provisioned with.</source>
        <translation>Fortsetzen mit den Startpaketen in %1 nicht möglich: %2
Drücken Sie Fortsetzen, um den Startpaket-Ordner zu wählen, mit dem dieser Lauf provisioniert wurde.</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecForm</name>
    <message>
        <source>“%1” is not a whole number; write whole numbers separated by commas, e.g. 200, 200</source>
        <translation>„%1“ ist keine ganze Zahl; schreiben Sie ganze Zahlen, durch Kommas getrennt, z. B. 200, 200</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>What the federation is called, how long it runs, and the seed that every random choice derives from.</source>
        <translation>Wie die Föderation heißt, wie lange sie läuft und der Seed, aus dem jede Zufallsentscheidung abgeleitet wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown in the window title, in the runs list and in reports.</source>
        <translation>Erscheint im Fenstertitel, in der Liste der Läufe und in Berichten.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Every random choice — the partition, which clients train each round, the initial weights, shuffling, synthetic data — derives from the seed. The same spec with the same seed is the same federation; change it to see how much a result owes to luck.</source>
        <translation>Jede Zufallsentscheidung – die Aufteilung, welche Clients in jeder Runde trainieren, die Anfangsgewichte, das Mischen, synthetische Daten – leitet sich aus dem Seed ab. Dieselbe Spec mit demselben Seed ergibt dieselbe Föderation; ändern Sie ihn, um zu sehen, wie viel ein Ergebnis dem Zufall verdankt.</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Draw a fresh random seed.</source>
        <translation>Einen frischen zufälligen Seed ziehen.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Communication rounds. In each round the server sends the global model to the selected clients, they train on their own data, and the server combines their updates into the next global model.</source>
        <translation>Kommunikationsrunden. In jeder Runde sendet der Server das globale Modell an die ausgewählten Clients, diese trainieren auf ihren eigenen Daten, und der Server kombiniert ihre Updates zum nächsten globalen Modell.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The data set the clients train on and the global model is tested on.</source>
        <translation>Der Datensatz, auf dem die Clients trainieren und an dem das globale Modell getestet wird.</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of clothing in 10 classes (IDX files).</source>
        <translation>28×28-Graustufenbilder von Kleidung in 10 Klassen (IDX-Dateien).</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of handwritten digits (IDX files).</source>
        <translation>28×28-Graustufenbilder handgeschriebener Ziffern (IDX-Dateien).</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Your own tabular data: numeric columns and a label.</source>
        <translation>Ihre eigenen Tabellendaten: numerische Spalten und ein Label.</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>32×32 colour images in 10 classes (the binary batch files).</source>
        <translation>32×32-Farbbilder in 10 Klassen (die binären Batch-Dateien).</translation>
    </message>
    <message>
        <source>Synthetic(α, β)</source>
        <translation>Synthetisch(α, β)</translation>
    </message>
    <message>
        <source>FedProx&apos;s generator: every client has its own model and feature distribution.</source>
        <translation>Der Generator von FedProx: Jeder Client hat sein eigenes Modell und seine eigene Merkmalsverteilung.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Which data the federation learns from. Image data sets can train every model; CSV and synthetic data need an MLP or logistic regression.</source>
        <translation>Aus welchen Daten die Föderation lernt. Bilddatensätze eignen sich für jedes Modell; CSV- und synthetische Daten brauchen ein MLP oder eine logistische Regression.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folder with the data set&apos;s files (IDX images and labels, or CIFAR-10&apos;s binary batches; plain or gzip). Relative paths start at the spec file&apos;s folder.</source>
        <translation>Der Ordner mit den Dateien des Datensatzes (IDX-Bilder und -Labels oder die binären Batches von CIFAR-10; unkomprimiert oder gzip). Relative Pfade beginnen im Ordner der Spec-Datei.</translation>
    </message>
    <message>
        <source>/usr/share/datasets/fashion-mnist</source>
        <translation>/usr/share/datasets/fashion-mnist</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <source>The training CSV: one sample per row, numeric feature columns and a label column.</source>
        <translation>Die Trainings-CSV: eine Stichprobe pro Zeile, numerische Merkmalsspalten und eine Label-Spalte.</translation>
    </message>
    <message>
        <source>train.csv</source>
        <translation>train.csv</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Testdatei</translation>
    </message>
    <message>
        <source>A separate test CSV with the same columns. Leave empty to hold out a share of the training file instead.</source>
        <translation>Eine separate Test-CSV mit denselben Spalten. Leer lassen, um stattdessen einen Teil der Trainingsdatei zurückzuhalten.</translation>
    </message>
    <message>
        <source>empty: hold out part of the training file</source>
        <translation>leer: einen Teil der Trainingsdatei zurückhalten</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Label-Spalte</translation>
    </message>
    <message>
        <source>The label column: its header name, or its 0-based index (e.g. 0) for files without a header.</source>
        <translation>Die Label-Spalte: ihr Name in der Kopfzeile oder ihr 0-basierter Index (z. B. 0) bei Dateien ohne Kopfzeile.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>Erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>Whether the first row of the CSV files names the columns.</source>
        <translation>Ob die erste Zeile der CSV-Dateien die Spalten benennt.</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>Share of the training file held out for testing when there is no test file, between 0 and 1 (exclusive).</source>
        <translation>Anteil der Trainingsdatei, der zum Testen zurückgehalten wird, wenn es keine Testdatei gibt, zwischen 0 und 1 (ausschließlich).</translation>
    </message>
    <message>
        <source>IID</source>
        <translation>IID</translation>
    </message>
    <message>
        <source>Same distribution for every client</source>
        <translation>Gleiche Verteilung für jeden Client</translation>
    </message>
    <message>
        <source>Synthetic-IID: every client draws from one shared model and feature distribution. The baseline to compare heterogeneous data against.</source>
        <translation>Synthetic-IID: Jeder Client zieht aus einem gemeinsamen Modell und einer gemeinsamen Merkmalsverteilung. Die Basis, mit der heterogene Daten verglichen werden.</translation>
    </message>
    <message>
        <source>α (model shift)</source>
        <translation>α (Modellverschiebung)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; true models are drawn: larger values make clients label similar inputs differently (concept shift). 0..100.</source>
        <translation>Wie weit die wahren Modelle der Clients auseinanderliegen: Größere Werte lassen Clients ähnliche Eingaben unterschiedlich labeln (Konzeptverschiebung). 0..100.</translation>
    </message>
    <message>
        <source>β (feature shift)</source>
        <translation>β (Merkmalsverschiebung)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; feature distributions are drawn (covariate shift). 0..100.</source>
        <translation>Wie weit die Merkmalsverteilungen der Clients auseinanderliegen (Kovariatenverschiebung). 0..100.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Number of input features.</source>
        <translation>Anzahl der Eingabemerkmale.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Number of classes (2..1000).</source>
        <translation>Anzahl der Klassen (2..1000).</translation>
    </message>
    <message>
        <source>Samples per client</source>
        <translation>Stichproben pro Client</translation>
    </message>
    <message>
        <source>Mean client size. Sizes follow a log-normal distribution around it, so some clients hold far more data than others.</source>
        <translation>Mittlere Client-Größe. Die Größen folgen einer Log-Normalverteilung um diesen Wert, sodass manche Clients weit mehr Daten halten als andere.</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>Teststichproben</translation>
    </message>
    <message>
        <source>Size of the generated test set.</source>
        <translation>Größe des erzeugten Testdatensatzes.</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <source>Use only the first N training samples — handy for quick experiments. “All” uses every sample.</source>
        <translation>Nur die ersten N Trainingsstichproben verwenden – praktisch für schnelle Experimente. „Alle“ verwendet jede Stichprobe.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Test samples used</source>
        <translation>Verwendete Teststichproben</translation>
    </message>
    <message>
        <source>Test on only the first N test samples. “All” uses every sample.</source>
        <translation>Nur mit den ersten N Teststichproben testen. „Alle“ verwendet jede Stichprobe.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Which clients train in each round; the others sit the round out.</source>
        <translation>Welche Clients in jeder Runde trainieren; die anderen setzen die Runde aus.</translation>
    </message>
    <message>
        <source>Selected per round</source>
        <translation type="vanished">Ausgewählt pro Runde</translation>
    </message>
    <message>
        <source>Share of the clients that train in each round (FedAvg&apos;s C), in (0, 1]. 1 means every client, every round; 0.1 with 100 clients means about 10. Smaller shares make rounds cheaper but noisier.</source>
        <translation>Anteil der Clients, die in jeder Runde trainieren (C bei FedAvg), in (0, 1]. 1 bedeutet jeder Client in jeder Runde; 0,1 bei 100 Clients bedeutet etwa 10. Kleinere Anteile machen Runden günstiger, aber verrauschter.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>Never select fewer clients than this in a round, whatever the share says. At most the number of clients.</source>
        <translation>Nie weniger Clients als diese in einer Runde auswählen, gleich was der Anteil sagt. Höchstens die Anzahl der Clients.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>A uniform sample each round (FedAvg&apos;s sampling).</source>
        <translation>Eine gleichverteilte Stichprobe in jeder Runde (Auswahl wie bei FedAvg).</translation>
    </message>
    <message>
        <source>Energy-aware</source>
        <translation>Energiebewusst</translation>
    </message>
    <message>
        <source>The clients that reach the round&apos;s sample target at the least modelled energy, while every client still gets a turn.</source>
        <translation>Die Clients, die das Stichprobenziel der Runde mit der geringsten modellierten Energie erreichen, wobei jeder Client trotzdem an die Reihe kommt.</translation>
    </message>
    <message>
        <source>Deadline-aware</source>
        <translation>Fristbewusst</translation>
    </message>
    <message>
        <source>A uniform sample among the clients whose modelled round time fits the deadline.</source>
        <translation>Eine gleichverteilte Stichprobe unter den Clients, deren modellierte Rundenzeit in die Frist passt.</translation>
    </message>
    <message>
        <source>Selection policy</source>
        <translation>Auswahlverfahren</translation>
    </message>
    <message>
        <source>How the clients of a round are chosen. Energy-aware and deadline-aware selection use the device profiles and the deadline of the Energy section.</source>
        <translation>Wie die Clients einer Runde ausgewählt werden. Energie- und fristbewusste Auswahl verwenden die Geräteprofile und die Frist aus dem Abschnitt Energie.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Fairness: no client that can take part waits more than this many rounds for its next turn. Smaller values are fairer and cost more energy. Automatic: 4 × the fewest rounds in which every client can take a turn.</source>
        <translation>Fairness: Kein teilnahmefähiger Client wartet mehr als so viele Runden auf seinen nächsten Einsatz. Kleinere Werte sind gerechter und kosten mehr Energie. Automatisch: 4 × die kleinste Rundenzahl, in der jeder Client an die Reihe kommen kann.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Clients and partition</source>
        <translation>Clients und Aufteilung</translation>
    </message>
    <message>
        <source>How many clients there are and how the training data is split among them. Uneven splits (non-IID data) are what make federated learning harder than ordinary training; the preview shows each client&apos;s classes.</source>
        <translation>Wie viele Clients es gibt und wie die Trainingsdaten auf sie verteilt werden. Ungleiche Aufteilungen (non-IID-Daten) machen föderiertes Lernen schwerer als gewöhnliches Training; die Vorschau zeigt die Klassen jedes Clients.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>How many clients the training data is split among. More clients means less data each. For synthetic data, the number of generated users.</source>
        <translation>Auf wie viele Clients die Trainingsdaten verteilt werden. Mehr Clients bedeuten weniger Daten für jeden. Bei synthetischen Daten die Anzahl der erzeugten Nutzer.</translation>
    </message>
    <message>
        <source>Synthetic data comes with its own clients, so there is nothing to split: its α and β set how different the clients are.</source>
        <translation>Synthetische Daten bringen ihre eigenen Clients mit, es gibt also nichts aufzuteilen: Ihre Parameter α und β bestimmen, wie verschieden die Clients sind.</translation>
    </message>
    <message>
        <source>Shuffled and dealt out evenly: every client sees every class in about the same proportions.</source>
        <translation>Gemischt und gleichmäßig verteilt: Jeder Client sieht jede Klasse in etwa denselben Anteilen.</translation>
    </message>
    <message>
        <source>Dirichlet label skew</source>
        <translation>Dirichlet-Labelschiefe</translation>
    </message>
    <message>
        <source>Each client&apos;s mix of classes is drawn from Dirichlet(α).</source>
        <translation>Die Klassenmischung jedes Clients wird aus Dirichlet(α) gezogen.</translation>
    </message>
    <message>
        <source>Pathological shards</source>
        <translation>Pathologische Shards</translation>
    </message>
    <message>
        <source>Data sorted by label is cut into shards; each client gets a few, so it sees only a few classes (McMahan et al. 2017).</source>
        <translation>Nach Label sortierte Daten werden in Shards zerlegt; jeder Client erhält einige wenige und sieht daher nur wenige Klassen (McMahan et al. 2017).</translation>
    </message>
    <message>
        <source>Quantity skew</source>
        <translation>Mengenschiefe</translation>
    </message>
    <message>
        <source>Labels stay IID but client sizes differ, drawn from Dirichlet(quantity α).</source>
        <translation>Die Labels bleiben IID, aber die Client-Größen unterscheiden sich, gezogen aus Dirichlet(Mengen-α).</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>How the training set is dealt out to the clients.</source>
        <translation>Wie der Trainingsdatensatz auf die Clients verteilt wird.</translation>
    </message>
    <message>
        <source>α (concentration)</source>
        <translation>α (Konzentration)</translation>
    </message>
    <message>
        <source>Small means strong label skew: at 0.1 most clients hold one or two classes; at 0.5 the skew is clear but moderate; at 100 and above the split is nearly IID. Arrows halve and double it.</source>
        <translation>Klein bedeutet starke Labelschiefe: bei 0,1 halten die meisten Clients ein oder zwei Klassen; bei 0,5 ist die Schiefe deutlich, aber mäßig; ab 100 ist die Aufteilung nahezu IID. Die Pfeiltasten halbieren und verdoppeln den Wert.</translation>
    </message>
    <message>
        <source>Shards per client</source>
        <translation>Shards pro Client</translation>
    </message>
    <message>
        <source>With 2, a client typically sees only 2 of the 10 classes; more shards means milder skew.</source>
        <translation>Bei 2 sieht ein Client typischerweise nur 2 der 10 Klassen; mehr Shards bedeuten mildere Schiefe.</translation>
    </message>
    <message>
        <source>Quantity α</source>
        <translation>Mengen-α</translation>
    </message>
    <message>
        <source>Concentration of the client sizes. Small: a few clients hold most of the data; large: sizes close to equal. Arrows halve and double it.</source>
        <translation>Konzentration der Client-Größen. Klein: Wenige Clients halten die meisten Daten; groß: nahezu gleiche Größen. Die Pfeiltasten halbieren und verdoppeln den Wert.</translation>
    </message>
    <message>
        <source>Fewest samples</source>
        <translation>Wenigste Stichproben</translation>
    </message>
    <message>
        <source>The fewest training samples a client may end up with; protects skewed splits against empty clients.</source>
        <translation>Die wenigsten Trainingsstichproben, die ein Client erhalten darf; schützt schiefe Aufteilungen vor leeren Clients.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The neural network every client trains a copy of.</source>
        <translation>Das neuronale Netz, von dem jeder Client eine Kopie trainiert.</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>One linear layer; the convex baseline.</source>
        <translation>Eine lineare Schicht; die konvexe Basis.</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>A fully connected network with the hidden layers below.</source>
        <translation>Ein vollständig verbundenes Netz mit den unten angegebenen verborgenen Schichten.</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>The small convolutional network of McMahan et al. (2017); images only.</source>
        <translation>Das kleine Faltungsnetz von McMahan et al. (2017); nur für Bilder.</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>LeCun&apos;s LeNet-5; images only.</source>
        <translation>LeNet-5 von LeCun; nur für Bilder.</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>TorchScript-Datei</translation>
    </message>
    <message>
        <source>Your own model, saved from PyTorch with torch.jit.save.</source>
        <translation>Ihr eigenes Modell, aus PyTorch mit torch.jit.save gespeichert.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>The network. CNN and LeNet-5 need image data; MLP and logistic regression work on any data.</source>
        <translation>Das Netz. CNN und LeNet-5 brauchen Bilddaten; MLP und logistische Regression funktionieren mit allen Daten.</translation>
    </message>
    <message>
        <source>A module saved with torch.jit.save; its parameters are trained, averaged and hashed like the built-in models&apos;. Relative paths start at the spec file&apos;s folder.</source>
        <translation>Ein mit torch.jit.save gespeichertes Modul; seine Parameter werden wie die der eingebauten Modelle trainiert, gemittelt und gehasht. Relative Pfade beginnen im Ordner der Spec-Datei.</translation>
    </message>
    <message>
        <source>model.pt</source>
        <translation>model.pt</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, separated by commas: “200, 200” is McMahan et al.&apos;s 2NN. Empty makes it linear.</source>
        <translation>Breiten der verborgenen Schichten des MLP, durch Kommas getrennt: „200, 200“ ist das 2NN von McMahan et al. Leer ergibt ein lineares Modell.</translation>
    </message>
    <message>
        <source>none: a linear model</source>
        <translation>keine: ein lineares Modell</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>What each selected client does with the global model in a round.</source>
        <translation>Was jeder ausgewählte Client in einer Runde mit dem globalen Modell macht.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent, optionally with momentum.</source>
        <translation>Stochastischer Gradientenabstieg, optional mit Momentum.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adaptive moment estimation.</source>
        <translation>Adaptive Momentschätzung.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>The optimizer each client trains with.</source>
        <translation>Der Optimierer, mit dem jeder Client trainiert.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The client&apos;s step size, in (0, 10]. Too large and training diverges; too small and it crawls.</source>
        <translation>Die Schrittweite des Clients, in (0, 10]. Zu groß, und das Training divergiert; zu klein, und es kommt kaum voran.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>SGD momentum, in [0, 1); 0.9 is common.</source>
        <translation>SGD-Momentum, in [0, 1); 0,9 ist üblich.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>L2 penalty on the weights, in [0, 1]; keeps weights small.</source>
        <translation>L2-Strafterm auf die Gewichte, in [0, 1]; hält die Gewichte klein.</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients, in [0, 1).</source>
        <translation>Abklingrate des gleitenden Mittels der Gradienten bei Adam, in [0, 1).</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients, in [0, 1).</source>
        <translation>Abklingrate des gleitenden Mittels der quadrierten Gradienten bei Adam, in [0, 1).</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Adam&apos;s guard against dividing by zero, in (0, 1]. Arrows multiply and divide by 10.</source>
        <translation>Adams Schutz gegen Division durch null, in (0, 1]. Die Pfeiltasten multiplizieren und teilen durch 10.</translation>
    </message>
    <message>
        <source>Local epochs</source>
        <translation>Lokale Epochen</translation>
    </message>
    <message>
        <source>Passes over its own data a client makes per round (FedAvg&apos;s E). More local work means fewer rounds on IID data, but on skewed data clients drift towards their own optimum; FedProx&apos;s μ counteracts that.</source>
        <translation>Durchläufe über die eigenen Daten, die ein Client pro Runde macht (E bei FedAvg). Mehr lokale Arbeit bedeutet bei IID-Daten weniger Runden, doch bei schiefen Daten driften Clients zu ihrem eigenen Optimum; das μ von FedProx wirkt dem entgegen.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Mini-batch size for local training (FedAvg&apos;s B).</source>
        <translation>Mini-Batch-Größe für das lokale Training (B bei FedAvg).</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>How the server turns the clients&apos; models into the next global model.</source>
        <translation>Wie der Server aus den Modellen der Clients das nächste globale Modell bildet.</translation>
    </message>
    <message>
        <source>FedAvg</source>
        <translation>FedAvg</translation>
    </message>
    <message>
        <source>Federated Averaging: the client models weighted by their samples.</source>
        <translation>Federated Averaging: die Client-Modelle, gewichtet nach ihren Stichproben.</translation>
    </message>
    <message>
        <source>FedProx</source>
        <translation>FedProx</translation>
    </message>
    <message>
        <source>FedAvg&apos;s averaging, with a proximal term that keeps clients close to the global model on heterogeneous data.</source>
        <translation>Die Mittelung von FedAvg mit einem proximalen Term, der Clients bei heterogenen Daten nahe am globalen Modell hält.</translation>
    </message>
    <message>
        <source>FedAvgM</source>
        <translation>FedAvgM</translation>
    </message>
    <message>
        <source>FedAvg with server momentum (Hsu et al. 2019).</source>
        <translation>FedAvg mit Server-Momentum (Hsu et al. 2019).</translation>
    </message>
    <message>
        <source>FedAdam</source>
        <translation>FedAdam</translation>
    </message>
    <message>
        <source>Adam on the server (Reddi et al. 2021).</source>
        <translation>Adam auf dem Server (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedYogi</source>
        <translation>FedYogi</translation>
    </message>
    <message>
        <source>Yogi on the server (Reddi et al. 2021).</source>
        <translation>Yogi auf dem Server (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedAdagrad</source>
        <translation>FedAdagrad</translation>
    </message>
    <message>
        <source>Adagrad on the server (Reddi et al. 2021).</source>
        <translation>Adagrad auf dem Server (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>SCAFFOLD</source>
        <translation>SCAFFOLD</translation>
    </message>
    <message>
        <source>Control variates correct client drift (Karimireddy et al. 2020).</source>
        <translation>Kontrollvariablen korrigieren die Client-Drift (Karimireddy et al. 2020).</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Coordinate-wise median: robust to outliers.</source>
        <translation>Koordinatenweiser Median: robust gegen Ausreißer.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Getrimmter Mittelwert</translation>
    </message>
    <message>
        <source>Coordinate-wise mean without the extremes: robust.</source>
        <translation>Koordinatenweiser Mittelwert ohne die Extremwerte: robust.</translation>
    </message>
    <message>
        <source>Krum</source>
        <translation>Krum</translation>
    </message>
    <message>
        <source>The update closest to its neighbours (Blanchard et al. 2017).</source>
        <translation>Das Update, das seinen Nachbarn am nächsten liegt (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Multi-Krum</source>
        <translation>Multi-Krum</translation>
    </message>
    <message>
        <source>The mean of the m best-scored updates.</source>
        <translation>Der Mittelwert der m am besten bewerteten Updates.</translation>
    </message>
    <message>
        <source>The aggregation strategy.</source>
        <translation>Die Aggregationsstrategie.</translation>
    </message>
    <message>
        <source>μ (proximal)</source>
        <translation>μ (proximal)</translation>
    </message>
    <message>
        <source>FedProx&apos;s μ, in [0, 100]. Clients add (μ/2)·‖w − w_global‖² to their loss: larger values restrain client drift more but slow local progress; 0 is FedAvg.</source>
        <translation>Das μ von FedProx, in [0, 100]. Clients addieren (μ/2)·‖w − w_global‖² zu ihrem Verlust: Größere Werte bremsen die Client-Drift stärker, verlangsamen aber den lokalen Fortschritt; 0 ist FedAvg.</translation>
    </message>
    <message>
        <source>Server learning rate</source>
        <translation>Server-Lernrate</translation>
    </message>
    <message>
        <source>Scales the averaged update applied to the global model, in (0, 100]: 1 is plain averaging; below 1 damps rounds, above 1 extrapolates.</source>
        <translation>Skaliert das gemittelte Update, das auf das globale Modell angewendet wird, in (0, 100]: 1 ist reine Mittelung; unter 1 dämpft Runden, über 1 extrapoliert.</translation>
    </message>
    <message>
        <source>Server momentum</source>
        <translation>Server-Momentum</translation>
    </message>
    <message>
        <source>FedAvgM&apos;s β, in [0, 1): the server keeps a running average of past rounds&apos; updates and applies it, which smooths noisy rounds on skewed data.</source>
        <translation>Das β von FedAvgM, in [0, 1): Der Server führt ein gleitendes Mittel der Updates vergangener Runden und wendet es an, was verrauschte Runden bei schiefen Daten glättet.</translation>
    </message>
    <message>
        <source>β₁ (server)</source>
        <translation>β₁ (Server)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s first moment (FedAdam, FedYogi, FedAdagrad), in [0, 1).</source>
        <translation>Abklingrate des ersten Moments des Server-Optimierers (FedAdam, FedYogi, FedAdagrad), in [0, 1).</translation>
    </message>
    <message>
        <source>β₂ (server)</source>
        <translation>β₂ (Server)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s second moment (FedAdam, FedYogi), in [0, 1).</source>
        <translation>Abklingrate des zweiten Moments des Server-Optimierers (FedAdam, FedYogi), in [0, 1).</translation>
    </message>
    <message>
        <source>τ (adaptivity)</source>
        <translation>τ (Adaptivität)</translation>
    </message>
    <message>
        <source>The adaptive optimizers&apos; guard added to the root of the second moment: smaller values adapt more strongly per coordinate (Reddi et al. 2021).</source>
        <translation>Der Schutzterm der adaptiven Optimierer, der zur Wurzel des zweiten Moments addiert wird: Kleinere Werte passen sich pro Koordinate stärker an (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>Trim fraction</source>
        <translation>Trimmanteil</translation>
    </message>
    <message>
        <source>Trimmed mean: the share of the largest and of the smallest values dropped in every coordinate before averaging; it should exceed the share of Byzantine clients.</source>
        <translation>Getrimmter Mittelwert: der Anteil der größten und der kleinsten Werte, der in jeder Koordinate vor der Mittelung verworfen wird; er sollte den Anteil byzantinischer Clients übersteigen.</translation>
    </message>
    <message>
        <source>Byzantine updates tolerated (f)</source>
        <translation>Tolerierte byzantinische Updates (f)</translation>
    </message>
    <message>
        <source>Krum and Multi-Krum score each update by its distance to its n − f − 2 nearest neighbours (Blanchard et al. 2017).</source>
        <translation>Krum und Multi-Krum bewerten jedes Update nach seinem Abstand zu seinen n − f − 2 nächsten Nachbarn (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Updates averaged (m)</source>
        <translation>Gemittelte Updates (m)</translation>
    </message>
    <message>
        <source>Multi-Krum averages the m best-scored updates.</source>
        <translation>Multi-Krum mittelt die m am besten bewerteten Updates.</translation>
    </message>
    <message>
        <source>n − f</source>
        <translation>n − f</translation>
    </message>
    <message>
        <source>Largest update norm</source>
        <translation>Größte Update-Norm</translation>
    </message>
    <message>
        <source>Updates whose L2 norm exceeds this are rejected before aggregation and recorded as incidents; a cheap guard against scaled or exploding updates.</source>
        <translation>Updates, deren L2-Norm diesen Wert übersteigt, werden vor der Aggregation abgelehnt und als Vorfälle aufgezeichnet; ein günstiger Schutz gegen skalierte oder explodierende Updates.</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Adversaries</source>
        <translation>Angreifer</translation>
    </message>
    <message>
        <source>Byzantine clients to test how robust the strategy is: they train, then send a poisoned update (or none at all).</source>
        <translation>Byzantinische Clients, um zu testen, wie robust die Strategie ist: Sie trainieren und senden dann ein vergiftetes Update (oder gar keines).</translation>
    </message>
    <message>
        <source>Byzantine clients</source>
        <translation>Byzantinische Clients</translation>
    </message>
    <message>
        <source>How many clients misbehave, drawn at random from the seed (ignored when a list is given below).</source>
        <translation>Wie viele Clients sich fehlverhalten, zufällig aus dem Seed gezogen (ignoriert, wenn unten eine Liste angegeben ist).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Byzantine client list</source>
        <translation>Liste byzantinischer Clients</translation>
    </message>
    <message>
        <source>Exactly which clients misbehave (0-based indices, separated by commas).</source>
        <translation>Genau welche Clients sich fehlverhalten (0-basierte Indizes, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>zufällig gezogen</translation>
    </message>
    <message>
        <source>Sign flip</source>
        <translation>Vorzeichenumkehr</translation>
    </message>
    <message>
        <source>Sends −scale × its honest update.</source>
        <translation>Sendet −Skala × sein ehrliches Update.</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Skaliert</translation>
    </message>
    <message>
        <source>Sends scale × its honest update.</source>
        <translation>Sendet Skala × sein ehrliches Update.</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>Gaußsches Rauschen</translation>
    </message>
    <message>
        <source>Sends random noise instead of an update.</source>
        <translation>Sendet zufälliges Rauschen statt eines Updates.</translation>
    </message>
    <message>
        <source>Label flipping</source>
        <translation>Label-Vertauschung</translation>
    </message>
    <message>
        <source>Trains on deliberately wrong labels.</source>
        <translation>Trainiert auf absichtlich falschen Labels.</translation>
    </message>
    <message>
        <source>Free rider</source>
        <translation>Trittbrettfahrer</translation>
    </message>
    <message>
        <source>Returns the global model unchanged.</source>
        <translation>Gibt das globale Modell unverändert zurück.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>What the Byzantine clients do.</source>
        <translation>Was die byzantinischen Clients tun.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>The factor of the sign-flip and scaled attacks.</source>
        <translation>Der Faktor der Vorzeichenumkehr- und Skalierungsangriffe.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian attack&apos;s noise, per coordinate.</source>
        <translation>Standardabweichung des Rauschens des Gauß-Angriffs, pro Koordinate.</translation>
    </message>
    <message>
        <source>Adversary seed</source>
        <translation>Angreifer-Seed</translation>
    </message>
    <message>
        <source>Mixed with the federation&apos;s seed to choose the Byzantine clients and their noise, so the same honest federation can be attacked in different ways.</source>
        <translation>Wird mit dem Seed der Föderation gemischt, um die byzantinischen Clients und ihr Rauschen zu wählen, sodass dieselbe ehrliche Föderation auf verschiedene Weise angegriffen werden kann.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>How often and how the global model is tested.</source>
        <translation>Wie oft und wie das globale Modell getestet wird.</translation>
    </message>
    <message>
        <source>Every N rounds</source>
        <translation>Alle N Runden</translation>
    </message>
    <message>
        <source>Test the global model every N rounds; the last round is always tested. Larger values save time on long runs.</source>
        <translation>Das globale Modell alle N Runden testen; die letzte Runde wird immer getestet. Größere Werte sparen bei langen Läufen Zeit.</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Pro Client</translation>
    </message>
    <message>
        <source>Also test on each selected client&apos;s data</source>
        <translation>Auch auf den Daten jedes ausgewählten Clients testen</translation>
    </message>
    <message>
        <source>Shows how unevenly the global model serves the clients. Costs extra time.</source>
        <translation>Zeigt, wie ungleich das globale Modell den Clients dient. Kostet zusätzliche Zeit.</translation>
    </message>
    <message>
        <source>Batch size for testing; affects memory and speed only, not the results.</source>
        <translation>Batchgröße zum Testen; beeinflusst nur Speicher und Geschwindigkeit, nicht die Ergebnisse.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Every client runs on a device profile that says how fast and efficiently it computes and how it reaches the server. From it each client&apos;s energy, time and carbon are modelled in every round.</source>
        <translation>Jeder Client läuft auf einem Geräteprofil, das angibt, wie schnell und effizient er rechnet und wie er den Server erreicht. Daraus werden Energie, Zeit und CO₂ jedes Clients in jeder Runde modelliert.</translation>
    </message>
    <message>
        <source>Device mix</source>
        <translation>Gerätemix</translation>
    </message>
    <message>
        <source>Which devices the clients run on. Shares are relative: each profile gets its share of the clients, and which client gets which device is drawn from the seed.</source>
        <translation>Auf welchen Geräten die Clients laufen. Anteile sind relativ: Jedes Profil erhält seinen Anteil der Clients, und welcher Client welches Gerät erhält, wird aus dem Seed gezogen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>empty: use the device mix</source>
        <translation>leer: den Gerätemix verwenden</translation>
    </message>
    <message>
        <source>Device per client</source>
        <translation>Gerät pro Client</translation>
    </message>
    <message>
        <source>An explicit device profile for each client, in client order, separated by commas; replaces the mix. Needs exactly one name per client.</source>
        <translation>Ein explizites Geräteprofil für jeden Client, in Client-Reihenfolge, durch Kommas getrennt; ersetzt den Mix. Braucht genau einen Namen pro Client.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Device profiles</source>
        <translation>Geräteprofile</translation>
    </message>
    <message>
        <source>The figures behind each device. Change a built-in profile&apos;s figures for this federation, or define a profile of your own (it must set every figure).</source>
        <translation>Die Kennzahlen hinter jedem Gerät. Ändern Sie die Kennzahlen eines eingebauten Profils für diese Föderation oder definieren Sie ein eigenes Profil (es muss jede Kennzahl festlegen).</translation>
    </message>
    <message>
        <source>New device profile</source>
        <translation>Neues Geräteprofil</translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. sensor):</source>
        <translation>Name des neuen Profils (z. B. sensor):</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The modelled time, in seconds, a selected client may take for a round (local training plus upload). Required by deadline-aware selection; energy-aware selection also leaves out clients that cannot meet it. None: no deadline.</source>
        <translation>Die modellierte Zeit in Sekunden, die ein ausgewählter Client für eine Runde brauchen darf (lokales Training plus Upload). Erforderlich für fristbewusste Auswahl; energiebewusste Auswahl lässt ebenfalls Clients aus, die sie nicht einhalten können. Keine: keine Frist.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Shared bandwidth (Hz)</source>
        <translation>Gemeinsame Bandbreite (Hz)</translation>
    </message>
    <message>
        <source>Uplink bandwidth the selected clients share each round, split to minimise their transmit energy within the deadline. None: every client uses its device profile&apos;s own bandwidth.</source>
        <translation>Uplink-Bandbreite, die sich die ausgewählten Clients in jeder Runde teilen, so aufgeteilt, dass ihre Sendeenergie innerhalb der Frist minimal ist. Keine: Jeder Client nutzt die eigene Bandbreite seines Geräteprofils.</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>Leistungsregelung</translation>
    </message>
    <message>
        <source>Lowest transmit power that meets the deadline</source>
        <translation>Geringste Sendeleistung, die die Frist einhält</translation>
    </message>
    <message>
        <source>Each client transmits at the lowest power that still finishes its upload by the deadline, instead of at its maximum. Needs a deadline.</source>
        <translation>Jeder Client sendet mit der geringsten Leistung, mit der sein Upload noch rechtzeitig fertig wird, statt mit seiner maximalen. Braucht eine Frist.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>CO₂-Intensität</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid, for every client. Per profile: each device profile&apos;s own figure.</source>
        <translation>Gramm CO₂ pro kWh des Stromnetzes, für jeden Client. Pro Profil: der eigene Wert jedes Geräteprofils.</translation>
    </message>
    <message>
        <source>Per profile</source>
        <translation>Pro Profil</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Upload-Größe</translation>
    </message>
    <message>
        <source>Bytes each client uploads per round. Automatic: the size of the encoded update (4 bytes per parameter plus a small header).</source>
        <translation>Bytes, die jeder Client pro Runde hochlädt. Automatisch: die Größe des kodierten Updates (4 Bytes pro Parameter plus ein kleiner Header).</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation>FLOPs pro Stichprobe</translation>
    </message>
    <message>
        <source>Training FLOPs per sample. Automatic: 6 × the model&apos;s multiply-accumulates per forward pass.</source>
        <translation>Trainings-FLOPs pro Stichprobe. Automatisch: 6 × die Multiply-Accumulate-Operationen des Modells pro Vorwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Leerlaufleistung</translation>
    </message>
    <message>
        <source>Charge idle power while waiting for the round</source>
        <translation>Leerlaufleistung während des Wartens auf die Runde anrechnen</translation>
    </message>
    <message>
        <source>Also charge each selected client&apos;s idle power while it waits for the slowest selected client. Off by default, as in the standard model: a device that is on anyway spends that power whether or not it takes part.</source>
        <translation>Auch die Leerlaufleistung jedes ausgewählten Clients anrechnen, während er auf den langsamsten ausgewählten Client wartet. Standardmäßig aus, wie im Standardmodell: Ein Gerät, das ohnehin eingeschaltet ist, verbraucht diese Leistung unabhängig davon, ob es teilnimmt.</translation>
    </message>
    <message>
        <source>Audit ledger</source>
        <translation>Prüf-Ledger</translation>
    </message>
    <message>
        <source>Every run keeps a hash-chained, signed ledger of its rounds. This decides what else it keeps for auditors.</source>
        <translation>Jeder Lauf führt ein hashverkettetes, signiertes Ledger seiner Runden. Hier wird festgelegt, was es zusätzlich für Prüfer aufbewahrt.</translation>
    </message>
    <message>
        <source>Client updates</source>
        <translation>Client-Updates</translation>
    </message>
    <message>
        <source>Keep every accepted client update</source>
        <translation>Jedes angenommene Client-Update aufbewahren</translation>
    </message>
    <message>
        <source>Also store every accepted client update in the run file, so that an auditor can replay each aggregation. Costs one model&apos;s size per update.</source>
        <translation>Zusätzlich jedes angenommene Client-Update in der Laufdatei speichern, damit ein Prüfer jede Aggregation wiederholen kann. Kostet pro Update die Größe eines Modells.</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Machine resources; not part of the federation&apos;s design, and without effect on its results.</source>
        <translation>Rechnerressourcen; nicht Teil des Föderationsentwurfs und ohne Einfluss auf seine Ergebnisse.</translation>
    </message>
    <message>
        <source>Training threads</source>
        <translation>Trainings-Threads</translation>
    </message>
    <message>
        <source>How many clients train at the same time on this machine. Automatic: one per CPU core.</source>
        <translation>Wie viele Clients gleichzeitig auf diesem Rechner trainieren. Automatisch: einer pro CPU-Kern.</translation>
    </message>
    <message>
        <source>%1 (defined here)</source>
        <translation>%1 (hier definiert)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Go back to the built-in figures of this profile.</source>
        <translation>Zu den eingebauten Kennzahlen dieses Profils zurückkehren.</translation>
    </message>
    <message>
        <source>Remove this profile from the spec.</source>
        <translation>Dieses Profil aus der Spec entfernen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Differential privacy bounds how much any one client&apos;s data can change what the models reveal, as an (ε, δ) guarantee that grows with every round (docs/privacy.md).</source>
        <translation>Differential Privacy begrenzt, wie stark die Daten eines einzelnen Clients verändern können, was die Modelle preisgeben – als (ε, δ)-Garantie, die mit jeder Runde wächst (docs/privacy.md).</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Differential Privacy</translation>
    </message>
    <message>
        <source>Clip updates and add Gaussian noise</source>
        <translation>Updates begrenzen und Gaußsches Rauschen hinzufügen</translation>
    </message>
    <message>
        <source>DP-FedAvg (McMahan et al. 2018): every update is clipped to the clip norm and Gaussian noise is added; a Rényi-DP accountant reports ε after every round. Needs FedAvg, FedProx or FedAvgM.</source>
        <translation>DP-FedAvg (McMahan et al. 2018): Jedes Update wird auf die Clipping-Norm begrenzt und mit Gaußschem Rauschen versehen; ein Rényi-DP-Accountant meldet ε nach jeder Runde. Braucht FedAvg, FedProx oder FedAvgM.</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Selected per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation type="vanished">Der Koordinator begrenzt die Updates und fügt ihrem Mittelwert einmal Rauschen hinzu. Jeder Client nimmt mit der Wahrscheinlichkeit „Ausgewählt pro Runde“ teil, per eigenem Münzwurf. Geringe Genauigkeitseinbuße; dem Koordinator muss vertraut werden.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Every node clips and noises its own update before sending it, so not even the coordinator sees it in clear. Much noisier; ε is per node.</source>
        <translation>Jeder Knoten begrenzt sein eigenes Update und versieht es mit Rauschen, bevor er es sendet, sodass nicht einmal der Koordinator es im Klartext sieht. Deutlich stärker verrauscht; ε gilt pro Knoten.</translation>
    </message>
    <message>
        <source>Where noise is added</source>
        <translation>Wo Rauschen hinzugefügt wird</translation>
    </message>
    <message>
        <source>Central: once, at the coordinator. Local: by every node, before its update leaves.</source>
        <translation>Zentral: einmal, beim Koordinator. Lokal: von jedem Knoten, bevor sein Update ihn verlässt.</translation>
    </message>
    <message>
        <source>Noise multiplier (z)</source>
        <translation>Rauschmultiplikator (z)</translation>
    </message>
    <message>
        <source>The noise&apos;s standard deviation over the clip norm. Larger: smaller ε per round, noisier models. Central noise per coordinate is z × C / (expected clients per round).</source>
        <translation>Die Standardabweichung des Rauschens im Verhältnis zur Clipping-Norm. Größer: kleineres ε pro Runde, stärker verrauschte Modelle. Das zentrale Rauschen pro Koordinate beträgt z × C / (erwartete Clients pro Runde).</translation>
    </message>
    <message>
        <source>Clip norm (C)</source>
        <translation>Clipping-Norm (C)</translation>
    </message>
    <message>
        <source>Every update is scaled down to at most this L2 norm, which bounds what one client can change. Too small slows learning; too large wastes the noise.</source>
        <translation>Jedes Update wird auf höchstens diese L2-Norm herunterskaliert, was begrenzt, wie viel ein einzelner Client verändern kann. Zu klein verlangsamt das Lernen; zu groß verschwendet das Rauschen.</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>The small probability the ε bound may fail; keep it below 1 / clients.</source>
        <translation>Die kleine Wahrscheinlichkeit, mit der die ε-Schranke verletzt sein darf; halten Sie sie unter 1 / Clients.</translation>
    </message>
    <message>
        <source>Privacy budget (ε)</source>
        <translation>Privacy-Budget (ε)</translation>
    </message>
    <message>
        <source>The run stops before a round that would take ε past this budget.</source>
        <translation>Der Lauf stoppt vor einer Runde, die ε über dieses Budget hinaus treiben würde.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Secure aggregation</source>
        <translation>Sichere Aggregation</translation>
    </message>
    <message>
        <source>The coordinator sees only masked updates and their sum</source>
        <translation>Der Koordinator sieht nur maskierte Updates und ihre Summe</translation>
    </message>
    <message>
        <source>Pairwise masking (Bonawitz et al. 2017): nodes mask their updates with keys they agree on in pairs, so the masks cancel only in the sum. Needs an averaging strategy (not median, trimmed mean, Krum or SCAFFOLD).</source>
        <translation>Paarweise Maskierung (Bonawitz et al. 2017): Knoten maskieren ihre Updates mit Schlüsseln, die sie paarweise vereinbaren, sodass sich die Masken erst in der Summe aufheben. Braucht eine mittelnde Strategie (nicht Median, getrimmter Mittelwert, Krum oder SCAFFOLD).</translation>
    </message>
    <message>
        <source>Threshold (t)</source>
        <translation>Schwelle (t)</translation>
    </message>
    <message>
        <source>Nodes needed to unmask a round: a fraction of the round&apos;s nodes in (0.5, 1], or a whole number ≥ 2. Up to n − t nodes may drop out; with more the round keeps the model and records an incident.</source>
        <translation>Knoten, die zum Demaskieren einer Runde nötig sind: ein Anteil der Knoten der Runde in (0,5; 1] oder eine ganze Zahl ≥ 2. Bis zu n − t Knoten dürfen ausfallen; fallen mehr aus, behält die Runde das Modell bei und zeichnet einen Vorfall auf.</translation>
    </message>
    <message>
        <source>Fixed-point bits (f)</source>
        <translation>Festkomma-Bits (f)</translation>
    </message>
    <message>
        <source>Updates are sent as round(samples × update × 2^f) in 64-bit integers so that the masks cancel exactly. More bits: finer values, a smaller largest value.</source>
        <translation>Updates werden als round(Stichproben × Update × 2^f) in 64-Bit-Ganzzahlen gesendet, damit sich die Masken exakt aufheben. Mehr Bits: feinere Werte, ein kleinerer größter Wert.</translation>
    </message>
    <message>
        <source>Simulated dropouts</source>
        <translation>Simulierte Ausfälle</translation>
    </message>
    <message>
        <source>Simulation only: the chance that a node drops out after masking, so that its masked update never arrives. Seeded, so runs stay reproducible.</source>
        <translation>Nur in der Simulation: die Wahrscheinlichkeit, dass ein Knoten nach dem Maskieren ausfällt, sodass sein maskiertes Update nie ankommt. Aus dem Seed abgeleitet, damit Läufe reproduzierbar bleiben.</translation>
    </message>
    <message>
        <source>Contribution and rewards</source>
        <translation>Beiträge und Belohnungen</translation>
    </message>
    <message>
        <source>Scores each accepted update by its Shapley value on a validation split the coordinator holds out, and pays rewards recorded on the ledger.</source>
        <translation>Bewertet jedes angenommene Update nach seinem Shapley-Wert auf einem Validierungsanteil, den der Koordinator zurückhält, und zahlt Belohnungen aus, die im Ledger verzeichnet werden.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Score contributions and pay rewards</source>
        <translation>Beiträge bewerten und Belohnungen auszahlen</translation>
    </message>
    <message>
        <source>Costs evaluations every round (docs/contribution.md measures how many); holds validation samples out of the training set.</source>
        <translation>Kostet in jeder Runde Auswertungen (docs/contribution.md misst, wie viele); hält Validierungsstichproben aus dem Trainingsdatensatz zurück.</translation>
    </message>
    <message>
        <source>Exact up to 8 updates, then GTG-Shapley, leave-one-out or cosine as the budget allows.</source>
        <translation>Exakt bis zu 8 Updates, darüber GTG-Shapley, Leave-one-out oder Kosinusähnlichkeit, je nach Budget.</translation>
    </message>
    <message>
        <source>Exact Shapley</source>
        <translation>Exakter Shapley-Wert</translation>
    </message>
    <message>
        <source>Every coalition; at most 8 updates per round.</source>
        <translation>Jede Koalition; höchstens 8 Updates pro Runde.</translation>
    </message>
    <message>
        <source>GTG-Shapley</source>
        <translation>GTG-Shapley</translation>
    </message>
    <message>
        <source>Guided truncated sampling within the budget.</source>
        <translation>Gelenkte, abgeschnittene Stichprobenziehung innerhalb des Budgets.</translation>
    </message>
    <message>
        <source>Truncated Monte-Carlo</source>
        <translation>Abgeschnittenes Monte-Carlo</translation>
    </message>
    <message>
        <source>Random permutations within the budget.</source>
        <translation>Zufällige Permutationen innerhalb des Budgets.</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <source>One evaluation per update, plus one.</source>
        <translation>Eine Auswertung pro Update, plus eine.</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>Kosinusähnlichkeit</translation>
    </message>
    <message>
        <source>Similarity to the median update; one evaluation.</source>
        <translation>Ähnlichkeit zum Median-Update; eine Auswertung.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>How scores are computed.</source>
        <translation>Wie die Beitragswerte berechnet werden.</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>Auswertungsbudget</translation>
    </message>
    <message>
        <source>Coalition evaluations per round for the sampling methods.</source>
        <translation>Koalitionsauswertungen pro Runde für die Stichprobenverfahren.</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>Validierungsstichproben</translation>
    </message>
    <message>
        <source>Training samples the coordinator holds out to score updates on.</source>
        <translation>Trainingsstichproben, die der Koordinator zurückhält, um Updates daran zu bewerten.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Belohnungspool</translation>
    </message>
    <message>
        <source>Reward units shared among each round&apos;s contributors.</source>
        <translation>Belohnungseinheiten, die unter den Beitragenden jeder Runde aufgeteilt werden.</translation>
    </message>
    <message>
        <source>Energy weight</source>
        <translation>Energiegewicht</translation>
    </message>
    <message>
        <source>Share of the pool paid by score per joule instead of by score.</source>
        <translation>Anteil des Pools, der nach Beitragswert pro Joule statt nach Beitragswert ausgezahlt wird.</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Knotenstart</translation>
    </message>
    <message>
        <source>Where the clients run: simulated inside this program, or as fednode processes on this computer or on SSH hosts that join over mutual TLS with the kits File &gt; Provision Nodes makes (docs/nodes.md).</source>
        <translation>Wo die Clients laufen: simuliert in diesem Programm oder als fednode-Prozesse auf diesem Computer oder auf SSH-Hosts, die über gegenseitiges TLS mit den Startpaketen beitreten, die Datei &gt; Knoten bereitstellen erzeugt (docs/nodes.md).</translation>
    </message>
    <message>
        <source>In this program</source>
        <translation>In diesem Programm</translation>
    </message>
    <message>
        <source>Every client is a simulated thread of the coordinator; nothing to provision.</source>
        <translation>Jeder Client ist ein simulierter Thread des Koordinators; nichts bereitzustellen.</translation>
    </message>
    <message>
        <source>Local fednode processes</source>
        <translation>Lokale fednode-Prozesse</translation>
    </message>
    <message>
        <source>One fednode process per client on this computer, each with its own kit.</source>
        <translation>Ein fednode-Prozess pro Client auf diesem Computer, jeder mit seinem eigenen Startpaket.</translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation>SSH-Hosts</translation>
    </message>
    <message>
        <source>The kits are copied with scp and fednode is started with ssh on the hosts below, client i on host i mod n.</source>
        <translation>Die Startpakete werden mit scp kopiert und fednode wird mit ssh auf den unten stehenden Hosts gestartet, Client i auf Host i mod n.</translation>
    </message>
    <message>
        <source>Clients run</source>
        <translation>Clients laufen</translation>
    </message>
    <message>
        <source>In this program (simulation), as local fednode processes, or on SSH hosts. The networked modes need a provisioned kit folder whose node count equals Clients.</source>
        <translation>In diesem Programm (Simulation), als lokale fednode-Prozesse oder auf SSH-Hosts. Die vernetzten Modi brauchen einen bereitgestellten Startpaket-Ordner, dessen Knotenzahl gleich Clients ist.</translation>
    </message>
    <message>
        <source>Kit folder</source>
        <translation>Startpaket-Ordner</translation>
    </message>
    <message>
        <source>The folder File &gt; Provision Nodes (or fedctl provision --out) wrote, with coordinator/ and nodes/. Relative to the spec&apos;s folder.</source>
        <translation>Der Ordner, den Datei &gt; Knoten bereitstellen (oder fedctl provision --out) geschrieben hat, mit coordinator/ und nodes/. Relativ zum Ordner der Spec.</translation>
    </message>
    <message>
        <source>e.g. kits</source>
        <translation>z. B. kits</translation>
    </message>
    <message>
        <source>Choose the kit folder</source>
        <translation>Startpaket-Ordner wählen</translation>
    </message>
    <message>
        <source>Provision…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <source>Make a federation CA and one startup kit per client (File &gt; Provision Nodes).</source>
        <translation>Eine Föderations-CA und ein Startpaket pro Client erstellen (Datei &gt; Knoten bereitstellen).</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>HOST:PORT the coordinator listens on, e.g. 0.0.0.0:7443 to accept other machines. Empty: the address the kit was provisioned with.</source>
        <translation>HOST:PORT, auf dem der Koordinator lauscht, z. B. 0.0.0.0:7443, um andere Rechner anzunehmen. Leer: die Adresse, mit der das Startpaket bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>the kit&apos;s address</source>
        <translation>die Adresse des Startpakets</translation>
    </message>
    <message>
        <source>Round deadline (s)</source>
        <translation>Rundenfrist (s)</translation>
    </message>
    <message>
        <source>A selected node that has sent no update by then is a dropout. A node that misses five heartbeats is a dropout at once.</source>
        <translation>Ein ausgewählter Knoten, der bis dahin kein Update gesendet hat, fällt aus. Ein Knoten, der fünf Heartbeats verpasst, fällt sofort aus.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Updates a round needs at its deadline: a fraction of the selected nodes (up to 1), or above 1 a count. Short of it, the run stops with an error naming the round.</source>
        <translation>Updates, die eine Runde zu ihrer Frist braucht: ein Anteil der ausgewählten Knoten (bis 1) oder über 1 eine Anzahl. Werden es weniger, bricht der Lauf mit einem Fehler ab, der die Runde nennt.</translation>
    </message>
    <message>
        <source>the spec&apos;s partition</source>
        <translation type="vanished">die Aufteilung der Spec</translation>
    </message>
    <message>
        <source>Node data</source>
        <translation>Knotendaten</translation>
    </message>
    <message>
        <source>Per node, separated by semicolons: a data path on the node&apos;s machine to train on instead of the spec&apos;s partition (fednode --data). Leave an entry empty to keep the partition for that node.</source>
        <translation type="vanished">Pro Knoten, durch Semikolons getrennt: ein Datenpfad auf dem Rechner des Knotens, mit dem statt mit der Aufteilung der Spec trainiert wird (fednode --data). Lassen Sie einen Eintrag leer, um für diesen Knoten die Aufteilung zu behalten.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>fednode program</source>
        <translation>fednode-Programm</translation>
    </message>
    <message>
        <source>SSH options</source>
        <translation>SSH-Optionen</translation>
    </message>
    <message>
        <source>[user@]host, as you would give it to ssh</source>
        <translation>[user@]host, wie Sie es ssh übergeben würden</translation>
    </message>
    <message>
        <source>ssh -i FILE; empty: the SSH agent or ~/.ssh defaults</source>
        <translation>ssh -i DATEI; leer: der SSH-Agent oder die Vorgaben aus ~/.ssh</translation>
    </message>
    <message>
        <source>The fednode program on that host</source>
        <translation>Das fednode-Programm auf diesem Host</translation>
    </message>
    <message>
        <source>ssh -o options, NAME=VALUE, separated by spaces (e.g. UserKnownHostsFile=/path/known_hosts)</source>
        <translation>ssh -o-Optionen, NAME=WERT, durch Leerzeichen getrennt (z. B. UserKnownHostsFile=/path/known_hosts)</translation>
    </message>
    <message>
        <source>Client i runs on host i mod n. Add a row per machine; the kit goes to ~/.fedstudio/kits there and fednode&apos;s log streams back.</source>
        <translation>Client i läuft auf Host i mod n. Fügen Sie pro Rechner eine Zeile hinzu; das Startpaket kommt dort nach ~/.fedstudio/kits und das Log von fednode wird zurückgestreamt.</translation>
    </message>
    <message>
        <source>row %1: the SSH port “%2” is not a whole number</source>
        <translation>Zeile %1: Der SSH-Port „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected host</source>
        <translation>Ausgewählten Host entfernen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>Datenpfad</translation>
    </message>
    <message>
        <source>The node&apos;s kit name; client i is node i</source>
        <translation>Der Name des Startpakets des Knotens; Client i ist Knoten i</translation>
    </message>
    <message>
        <source>fednode --data: a path on the node&apos;s machine; empty: the spec&apos;s partition</source>
        <translation>fednode --data: ein Pfad auf dem Rechner des Knotens; leer: die Aufteilung der Spec</translation>
    </message>
    <message>
        <source>Per node, a data set on its machine to train on instead of the spec&apos;s partition (fednode --data), of the spec&apos;s data kind. Leave a row empty to keep the partition for that node.</source>
        <translation>Pro Knoten ein Datensatz auf seinem Rechner, auf dem er statt auf der Aufteilung der Spec trainiert (fednode --data), von der Datenart der Spec. Lassen Sie eine Zeile leer, um für diesen Knoten die Aufteilung zu behalten.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Train the selected node on the spec&apos;s partition again</source>
        <translation>Den gewählten Knoten wieder auf der Aufteilung der Spec trainieren</translation>
    </message>
    <message>
        <source>Synthetic data has no files to choose</source>
        <translation>Synthetische Daten haben keine Dateien zum Auswählen</translation>
    </message>
    <message>
        <source>The path is on the SSH host: type it in the table</source>
        <translation>Der Pfad liegt auf dem SSH-Host: Geben Sie ihn in der Tabelle ein</translation>
    </message>
    <message>
        <source>Choose the selected node&apos;s data on this computer</source>
        <translation>Die Daten des gewählten Knotens auf diesem Computer auswählen</translation>
    </message>
    <message>
        <source>%1 (no such client)</source>
        <translation>%1 (kein solcher Client)</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>Fraction of clients per round (0–1)</source>
        <translation>Anteil der Clients pro Runde (0–1)</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Fraction of clients per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation>Der Koordinator begrenzt die Updates und fügt ihrem Mittelwert einmal Rauschen hinzu. Jeder Client nimmt mit der Wahrscheinlichkeit „Anteil der Clients pro Runde“ teil, per eigenem Münzwurf. Geringe Genauigkeitseinbuße; dem Koordinator muss vertraut werden.</translation>
    </message>
    <message>
        <source>Join window (s)</source>
        <translation>Beitrittsfenster (s)</translation>
    </message>
    <message>
        <source>How long after the start a node that has not joined yet is waited for (an SSH copy, a slow host) before round 1 starts without it; rounds wait for it until then too. The wait ends early when every missing node has failed to launch. 0: the round deadline.</source>
        <translation>Wie lange nach dem Start auf einen Knoten gewartet wird, der noch nicht beigetreten ist (eine SSH-Kopie, ein langsamer Host), bevor Runde 1 ohne ihn beginnt; bis dahin warten auch die Runden auf ihn. Das Warten endet früher, wenn der Start jedes fehlenden Knotens fehlgeschlagen ist. 0: die Rundenfrist.</translation>
    </message>
    <message>
        <source>round deadline</source>
        <translation>Rundenfrist</translation>
    </message>
</context>
<context>
    <name>fed::viewer::AuditWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open for Audit…</source>
        <translation>Zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>Led&amp;ger</translation>
    </message>
    <message>
        <source>Show &amp;Block</source>
        <translation>&amp;Block anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Lineage</source>
        <translation>&amp;Abstammung anzeigen</translation>
    </message>
    <message>
        <source>Read-only audit: the run file is never written</source>
        <translation>Schreibgeschützte Prüfung: Die Laufdatei wird nie verändert</translation>
    </message>
    <message>
        <source>Cannot Open for Audit</source>
        <translation>Zur Prüfung öffnen nicht möglich</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>„%1“ konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Lauf zur Prüfung öffnen</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Föderationsläufe (*.fedrun);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 — Audit (read-only)</source>
        <translation>%1 — Prüfung (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockDetailView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorheriger</translation>
    </message>
    <message>
        <source>The block before this one (its previous hash)</source>
        <translation>Der Block vor diesem (sein vorheriger Hash)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächster ▶</translation>
    </message>
    <message>
        <source>Trace Lineage</source>
        <translation>Abstammung verfolgen</translation>
    </message>
    <message>
        <source>Show where this block&apos;s model came from, back to genesis</source>
        <translation>Zeigen, woher das Modell dieses Blocks stammt, zurück bis zur Genesis</translation>
    </message>
    <message>
        <source>SHA-256 (block hash):</source>
        <translation>SHA-256 (Block-Hash):</translation>
    </message>
    <message>
        <source>Signed message:</source>
        <translation>Signierte Nachricht:</translation>
    </message>
    <message>
        <source>Coordinator signature:</source>
        <translation>Signatur des Koordinators:</translation>
    </message>
    <message>
        <source>Copy Bytes as Hex</source>
        <translation>Bytes als Hex kopieren</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Raw Bytes</source>
        <translation>Rohbytes</translation>
    </message>
    <message>
        <source>Not verified yet. Verify checks every hash link, signature, Merkle root and stored model of the chain, and replays the rounds whose updates are stored.</source>
        <translation>Noch nicht verifiziert. Verifizieren prüft jede Hash-Verkettung, Signatur, Merkle-Wurzel und jedes gespeicherte Modell der Kette und wiederholt die Runden, deren Updates gespeichert sind.</translation>
    </message>
    <message>
        <source>✓ Valid: this block&apos;s hash link, coordinator signature, node signatures, Merkle root and stored blobs check out, and so does every block before it.</source>
        <translation>✓ Gültig: Hash-Verkettung, Koordinatorsignatur, Knotensignaturen, Merkle-Wurzel und gespeicherte Blobs dieses Blocks stimmen, ebenso jeder Block davor.</translation>
    </message>
    <message>
        <source>Replaying its aggregation from the stored updates gives its model.</source>
        <translation>Die Wiederholung seiner Aggregation aus den gespeicherten Updates ergibt sein Modell.</translation>
    </message>
    <message>
        <source>Its updates were not stored, so it was not replayed.</source>
        <translation>Seine Updates wurden nicht gespeichert, daher wurde er nicht wiederholt.</translation>
    </message>
    <message>
        <source>✗ INVALID — the first bad block of the chain: %1</source>
        <translation>✗ UNGÜLTIG — der erste fehlerhafte Block der Kette: %1</translation>
    </message>
    <message>
        <source>⚠ Untrusted — %1</source>
        <translation>⚠ Nicht vertrauenswürdig — %1</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Kein Block ausgewählt</translation>
    </message>
    <message>
        <source>Select a block in the list to see everything it records.</source>
        <translation>Wählen Sie einen Block in der Liste, um alles zu sehen, was er aufzeichnet.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Cannot be read:</source>
        <translation>Nicht lesbar:</translation>
    </message>
    <message>
        <source>Block 0 · genesis</source>
        <translation>Block 0 · Genesis</translation>
    </message>
    <message>
        <source>Block %1 · round %2</source>
        <translation>Block %1 · Runde %2</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>%1 (format version %2)</source>
        <translation>%1 (Formatversion %2)</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>%1 local · %2</source>
        <translation>%1 lokal · %2</translation>
    </message>
    <message>
        <source>Block hash:</source>
        <translation>Block-Hash:</translation>
    </message>
    <message>
        <source>Previous block:</source>
        <translation>Vorheriger Block:</translation>
    </message>
    <message>
        <source>(none: genesis)</source>
        <translation>(keiner: Genesis)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Federation id:</source>
        <translation>Föderations-ID:</translation>
    </message>
    <message>
        <source>Federation:</source>
        <translation>Föderation:</translation>
    </message>
    <message>
        <source>Spec hash:</source>
        <translation>Spec-Hash:</translation>
    </message>
    <message>
        <source>✓ SHA-256 of the spec</source>
        <translation>✓ SHA-256 der Spec</translation>
    </message>
    <message>
        <source>✗ not the spec&apos;s SHA-256</source>
        <translation>✗ nicht der SHA-256 der Spec</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Koordinatorschlüssel:</translation>
    </message>
    <message>
        <source>Coordinator id:</source>
        <translation>Koordinator-ID:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Initial model:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Software:</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Parent model:</source>
        <translation>Elternmodell:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Strategy state:</source>
        <translation>Strategiezustand:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>%1 selected · %2 accepted · %3 incident(s)</source>
        <translation type="vanished">%1 ausgewählt · %2 angenommen · %3 Vorfall/Vorfälle</translation>
    </message>
    <message>
        <source>Merkle root:</source>
        <translation>Merkle-Wurzel:</translation>
    </message>
    <message>
        <source>✓ the updates give this root</source>
        <translation>✓ die Updates ergeben diese Wurzel</translation>
    </message>
    <message>
        <source>✗ the updates give %1</source>
        <translation>✗ die Updates ergeben %1</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Updates (%1)</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Vorfälle (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>The block&apos;s canonical encoding (docs/ledger-format.md), %1 bytes. Its SHA-256 is the block hash; the coordinator signs the message below.</source>
        <translation>Die kanonische Kodierung des Blocks (docs/ledger-format.md), %1 Bytes. Ihr SHA-256 ist der Block-Hash; der Koordinator signiert die Nachricht unten.</translation>
    </message>
    <message>
        <source>The first %1 bytes are shown; Copy Bytes copies them all.</source>
        <translation>Die ersten %1 Bytes werden angezeigt; Bytes kopieren kopiert sie alle.</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>Contributions:</source>
        <translation>Beiträge:</translation>
    </message>
    <message>
        <source>%1 · reward rule %2 (%3) · %4 paid out — %5</source>
        <translation>%1 · Belohnungsregel %2 (%3) · %4 ausgezahlt — %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected · %2 accepted · %n incident(s)</source>
        <translation>
            <numerusform>%1 ausgewählt · %2 angenommen · %n Vorfall</numerusform>
            <numerusform>%1 ausgewählt · %2 angenommen · %n Vorfälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockListModel</name>
    <message>
        <source>No block is stored at this height: it is missing from the chain.</source>
        <translation>Auf dieser Höhe ist kein Block gespeichert: Er fehlt in der Kette.</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to check the whole chain.</source>
        <translation>Noch nicht verifiziert: Drücken Sie Verifizieren, um die ganze Kette zu prüfen.</translation>
    </message>
    <message>
        <source>Model %1
Block %2</source>
        <translation>Modell %1
Block %2</translation>
    </message>
    <message>
        <source>%1 accepted of %2 selected; %3 incident(s)</source>
        <translation type="vanished">%1 angenommen von %2 ausgewählt; %3 Vorfall/Vorfälle</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1/%2 ⚠</source>
        <translation>%1/%2 ⚠</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Accepted updates / selected nodes; ⚠ when some were rejected or dropped</source>
        <translation>Angenommene Updates / ausgewählte Knoten; ⚠, wenn welche abgelehnt oder verworfen wurden</translation>
    </message>
    <message>
        <source>The global model&apos;s test accuracy after the round</source>
        <translation>Die Testgenauigkeit des globalen Modells nach der Runde</translation>
    </message>
    <message>
        <source>The round&apos;s modelled energy: computation, communication and idle</source>
        <translation>Die modellierte Energie der Runde: Berechnung, Kommunikation und Leerlauf</translation>
    </message>
    <message>
        <source>What the last verification found</source>
        <translation>Was die letzte Verifikation ergab</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted of %2 selected; %n incident(s)</source>
        <translation>
            <numerusform>%1 angenommen von %2 ausgewählt; %n Vorfall</numerusform>
            <numerusform>%1 angenommen von %2 ausgewählt; %n Vorfälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::ContributionsModel</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Model it went into</source>
        <translation>Modell, in das es einfloss</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Its update</source>
        <translation>Sein Update</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Modellgenauigkeit</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Eigene Energie</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Beitragswert</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo danach</translation>
    </message>
</context>
<context>
    <name>fed::viewer::CopyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>%1 &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>fed::viewer::HashLabel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>fed::viewer::IncidentsModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Knoten-ID %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>none arrived</source>
        <translation>keines eingetroffen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Update-Hash</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LedgerExplorer</name>
    <message>
        <source>Search: hash prefix, node id, client 3, round 12, or a time (2024-11-21 10:30)</source>
        <translation type="vanished">Suche: Hash-Präfix, Knoten-ID, client 3, Runde 12 oder eine Zeit (2024-11-21 10:30)</translation>
    </message>
    <message>
        <source>A block, model or update hash prefix; a node id prefix or “client 3”; a round number; or a date and time — Enter jumps to the first match.</source>
        <translation>Ein Block-, Modell- oder Update-Hash-Präfix; ein Knoten-ID-Präfix oder „client 3“; eine Rundennummer; oder Datum und Uhrzeit — Eingabe springt zum ersten Treffer.</translation>
    </message>
    <message>
        <source>&amp;Find in Ledger</source>
        <translation>Im Ledger &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;verifizieren</translation>
    </message>
    <message>
        <source>Check every hash link, signature, Merkle root and stored model, in the background</source>
        <translation>Jede Hash-Verkettung, Signatur, Merkle-Wurzel und jedes gespeicherte Modell im Hintergrund prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the verification or the report</source>
        <translation>Die Verifikation oder den Bericht abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>Prüfbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the chosen model&apos;s audit report as HTML or PDF</source>
        <translation>Den Prüfbericht des gewählten Modells als HTML oder PDF schreiben</translation>
    </message>
    <message>
        <source>&amp;Print Audit Report…</source>
        <translation>Prüfbericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Also recompute each round&apos;s aggregation from its stored updates and compare the model hash</source>
        <translation>Zusätzlich die Aggregation jeder Runde aus ihren gespeicherten Updates neu berechnen und den Modell-Hash vergleichen</translation>
    </message>
    <message>
        <source>Follow new blocks</source>
        <translation>Neuen Blöcken folgen</translation>
    </message>
    <message>
        <source>Add the blocks of a running federation as it commits its rounds</source>
        <translation>Die Blöcke einer laufenden Föderation hinzufügen, sobald sie ihre Runden festschreibt</translation>
    </message>
    <message>
        <source>Copy &amp;Block Hash</source>
        <translation>&amp;Block-Hash kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Model Hash</source>
        <translation>&amp;Modell-Hash kopieren</translation>
    </message>
    <message>
        <source>&amp;Trace Lineage</source>
        <translation>&amp;Abstammung verfolgen</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the search results</source>
        <translation>Suchergebnisse schließen</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Abstammung</translation>
    </message>
    <message>
        <source>Cannot open the run file: %1</source>
        <translation>Die Laufdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Its blocks appear here as the run commits its rounds.</source>
        <translation>Ihre Blöcke erscheinen hier, sobald der Lauf seine Runden festschreibt.</translation>
    </message>
    <message>
        <source>No run file is open. The Ledger tab shows the run on the Run page; File &gt; Open for Audit opens any run file read-only.</source>
        <translation>Keine Laufdatei geöffnet. Der Reiter Ledger zeigt den Lauf der Seite Lauf; Datei &gt; Zur Prüfung öffnen öffnet jede Laufdatei schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) written since are not verified yet.</source>
        <translation>
            <numerusform>%n seitdem geschriebener Block ist noch nicht verifiziert.</numerusform>
            <numerusform>%n seitdem geschriebene Blöcke sind noch nicht verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>Verifiziere %p %</translation>
    </message>
    <message>
        <source>Verifying the chain, replaying the rounds whose updates are stored…</source>
        <translation>Die Kette wird verifiziert, Runden mit gespeicherten Updates werden wiederholt…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Die Kette wird verifiziert…</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>Die Verifikation wurde abgebrochen; nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Verifikation abgebrochen</translation>
    </message>
    <message>
        <source>The run committed new blocks while it was being verified: verify again once it has finished for a result that covers them.</source>
        <translation>Der Lauf hat während der Verifikation neue Blöcke festgeschrieben: Verifizieren Sie erneut, wenn er beendet ist, um ein Ergebnis zu erhalten, das sie abdeckt.</translation>
    </message>
    <message>
        <source>Ledger verified: valid</source>
        <translation>Ledger verifiziert: gültig</translation>
    </message>
    <message>
        <source>Ledger verified: INVALID</source>
        <translation>Ledger verifiziert: UNGÜLTIG</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>Nothing in this ledger matches “%1”.</source>
        <translation>Nichts in diesem Ledger passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 match(es) for “%2”%3 — click one to go to its block.</source>
        <translation>%1 Treffer für „%2“%3 — klicken Sie auf einen, um zu seinem Block zu springen.</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (die ersten %1)</translation>
    </message>
    <message>
        <source>The ledger has no model to report on yet.</source>
        <translation>Das Ledger enthält noch kein Modell für einen Bericht.</translation>
    </message>
    <message>
        <source>Report %p%</source>
        <translation>Bericht %p %</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Audit report written</source>
        <translation>Prüfbericht geschrieben</translation>
    </message>
    <message>
        <source>Export Audit Report for Model %1</source>
        <translation>Prüfbericht für Modell %1 exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>Prüfbericht %1</translation>
    </message>
    <message>
        <source>Print Audit Report for Model %1</source>
        <translation>Prüfbericht für Modell %1 drucken</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>No run file open</source>
        <translation>Keine Laufdatei geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n block(s)</source>
        <translation>
            <numerusform>%1 · %n Block</numerusform>
            <numerusform>%1 · %n Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <source>opened read-only: this viewer never writes to the file</source>
        <translation>schreibgeschützt geöffnet: Dieser Viewer schreibt nie in die Datei</translation>
    </message>
    <message>
        <source>Find: hash, node id, client 3, round 12, 2024-11-21 10:30</source>
        <translation>Suchen: Hash, Knoten-ID, client 3, Runde 12, 2024-11-21 10:30</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageScene</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Every contributor is listed in the block&apos;s Updates tab.</source>
        <translation>Alle Beitragenden sind im Reiter Updates des Blocks aufgeführt.</translation>
    </message>
    <message>
        <source>%1 older model versions · show more</source>
        <translation>%1 ältere Modellversionen · mehr anzeigen</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageView</name>
    <message>
        <source>Pick a block and Trace Lineage to see where its model came from.</source>
        <translation>Wählen Sie einen Block und Abstammung verfolgen, um zu sehen, woher sein Modell stammt.</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Draw %1 older model versions</source>
        <translation>%1 ältere Modellversionen zeichnen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>Den ganzen Graphen in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>A node: highlight every model it contributed to</source>
        <translation>Ein Knoten: jedes Modell hervorheben, zu dem er beigetragen hat</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>None: pick a node to highlight its models</source>
        <translation>Keiner: Wählen Sie einen Knoten, um seine Modelle hervorzuheben</translation>
    </message>
    <message>
        <source>client %1 · %2</source>
        <translation>Client %1 · %2</translation>
    </message>
    <message>
        <source>Tracing model %1…</source>
        <translation>Modell %1 wird zurückverfolgt…</translation>
    </message>
    <message>
        <source>The lineage of model %1 cannot be traced</source>
        <translation>Die Abstammung von Modell %1 lässt sich nicht zurückverfolgen</translation>
    </message>
    <message>
        <source>the initial model</source>
        <translation>das Ausgangsmodell</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 version(s) back to genesis, %4 contributing node(s)</source>
        <translation type="vanished">Modell %1 (%2): %3 Version(en) zurück bis zur Genesis, %4 beitragende(r) Knoten</translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4 contributing node(s); %5 older</source>
        <translation type="vanished">Modell %1 (%2): die neuesten %3 Versionen, %4 beitragende(r) Knoten; %5 ältere</translation>
    </message>
    <message>
        <source>Reading its contributions…</source>
        <translation>Seine Beiträge werden gelesen…</translation>
    </message>
    <message>
        <source>Click a node in the graph, or pick one above, to highlight every model it contributed to.</source>
        <translation>Klicken Sie auf einen Knoten im Graphen oder wählen Sie oben einen, um jedes Modell hervorzuheben, zu dem er beigetragen hat.</translation>
    </message>
    <message>
        <source>node id %1</source>
        <translation>Knoten-ID %1</translation>
    </message>
    <message>
        <source>%1 contributed to %2 of %3 rounds (%4 samples, %5 of its own energy); the %6 drawn above are highlighted.</source>
        <translation>%1 hat zu %2 von %3 Runden beigetragen (%4 Stichproben, %5 eigene Energie); die %6 oben gezeichneten sind hervorgehoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing node(s)</source>
        <translation>
            <numerusform>%n beitragender Knoten</numerusform>
            <numerusform>%n beitragende Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): %3, %4</source>
        <translation>Modell %1 (%2): %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) back to genesis</source>
        <translation>
            <numerusform>%n Version zurück bis zur Genesis</numerusform>
            <numerusform>%n Versionen zurück bis zur Genesis</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4; %5 older</source>
        <translation>Modell %1 (%2): die neuesten %3 Versionen, %4; %5 ältere</translation>
    </message>
</context>
<context>
    <name>fed::viewer::MembersModel</name>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Node id (SHA-256 of the key)</source>
        <translation>Knoten-ID (SHA-256 des Schlüssels)</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>Öffentlicher Schlüssel (Ed25519)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::SearchResultsModel</name>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>fed::viewer::UpdatesModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Knoten-ID %1</translation>
    </message>
    <message>
        <source>The node&apos;s Ed25519 signature over (federation, round, parent model, update hash, samples) verifies with the key the genesis block names.
%1</source>
        <translation>Die Ed25519-Signatur des Knotens über (Föderation, Runde, Elternmodell, Update-Hash, Stichproben) verifiziert mit dem Schlüssel, den der Genesis-Block nennt.
%1</translation>
    </message>
    <message>
        <source>The signature does not verify: the update, its sample count, its round or its parent model was changed after the node signed it.</source>
        <translation>Die Signatur verifiziert nicht: Das Update, seine Stichprobenzahl, seine Runde oder sein Elternmodell wurde geändert, nachdem der Knoten es signiert hat.</translation>
    </message>
    <message>
        <source>The genesis block names no node with this id.</source>
        <translation>Der Genesis-Block nennt keinen Knoten mit dieser ID.</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ UNGÜLTIG</translation>
    </message>
    <message>
        <source>✗ unknown node</source>
        <translation>✗ unbekannter Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Update-Hash</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>This block records no contribution scores</source>
        <translation>Dieser Block verzeichnet keine Beitragswerte</translation>
    </message>
    <message>
        <source>Contribution score %1 (validation gain), reward %2, balance after this round %3; `fedctl ledger verify` recomputes the reward and the balance</source>
        <translation>Beitragswert %1 (Validierungsgewinn), Belohnung %2, Saldo nach dieser Runde %3; `fedctl ledger verify` berechnet Belohnung und Saldo neu</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Beitragswert</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Belohnung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>fedstudio</name>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
</context>
</TS>

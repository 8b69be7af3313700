<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit report: model %1</source>
        <translation>Rapport d&apos;audit : modèle %1</translation>
    </message>
    <message>
        <source>Federation “%1” (id %2) · run file %3 · generated %4 by Federation Studio</source>
        <translation>Fédération « %1 » (id %2) · fichier d&apos;exécution %3 · généré le %4 par Federation Studio</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Has anything been changed?</source>
        <translation>Quelque chose a-t-il été modifié ?</translation>
    </message>
    <message>
        <source>No: the ledger verifies.</source>
        <translation>Non : le registre est vérifié.</translation>
    </message>
    <message>
        <source>Yes: the ledger does NOT verify.</source>
        <translation>Oui : le registre n&apos;est PAS vérifié.</translation>
    </message>
    <message>
        <source>Block %1 is on this model&apos;s lineage: the model and everything recorded after that block cannot be trusted.</source>
        <translation>Le bloc %1 se trouve sur la lignée de ce modèle : le modèle et tout ce qui a été enregistré après ce bloc ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The first bad block comes after this model&apos;s round, so its lineage verified; later records do not.</source>
        <translation>Le premier bloc invalide vient après le tour de ce modèle, sa lignée est donc vérifiée ; les enregistrements ultérieurs ne le sont pas.</translation>
    </message>
    <message>
        <source>Where did this model come from?</source>
        <translation>D&apos;où vient ce modèle ?</translation>
    </message>
    <message>
        <source>Its lineage cannot be traced: %1</source>
        <translation>Sa lignée ne peut pas être retracée : %1</translation>
    </message>
    <message>
        <source>Model %1 is the federation&apos;s initial model, fixed by the genesis block on %2.</source>
        <translation>Le modèle %1 est le modèle initial de la fédération, fixé par le bloc de genèse le %2.</translation>
    </message>
    <message>
        <source>Model %1 was produced by round %2 (block %3, %4). It descends from the initial model %5 through %6 rounds, into which %7 nodes put %8 updates trained on %9 samples.</source>
        <translation>Le modèle %1 a été produit par le tour %2 (bloc %3, %4). Il descend du modèle initial %5 à travers %6 tours, auxquels %7 nœuds ont apporté %8 mises à jour entraînées sur %9 échantillons.</translation>
    </message>
    <message>
        <source>Its test accuracy is %1 and its test loss %2.</source>
        <translation>Sa précision de test est de %1 et sa perte de test de %2.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Energy along the lineage: %1 (computation %2, communication %3, idle %4), %5 g CO₂.</source>
        <translation>Énergie le long de la lignée : %1 (calcul %2, communication %3, veille %4), %5 g de CO₂.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lignée</translation>
    </message>
    <message>
        <source>Each model version, back to the initial model, with the nodes whose updates made it. Node names come from the genesis block&apos;s member list; node ids are the SHA-256 of the nodes&apos; public keys.</source>
        <translation>Chaque version du modèle, jusqu&apos;au modèle initial, avec les nœuds dont les mises à jour l&apos;ont produite. Les noms des nœuds viennent de la liste des membres du bloc de genèse ; les id de nœud sont le SHA-256 de leurs clés publiques.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>… %1 more rounds, listed by fedctl ledger export …</source>
        <translation>… %1 tours de plus, listés par fedctl ledger export …</translation>
    </message>
    <message>
        <source>clients %1</source>
        <translation>clients %1</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>genèse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>initial model</source>
        <translation>modèle initial</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Id du nœud</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>First–last round</source>
        <translation>Premier–dernier tour</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Son énergie</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checked: every hash link, the coordinator&apos;s signature on every block, every node&apos;s signature on its update, every Merkle root, the model and update blobs (re-hashed: %1 bytes, %2 signatures), and the run&apos;s tables against the blocks.</source>
        <translation>Vérifié : chaque lien de hachage, la signature du coordinateur sur chaque bloc, la signature de chaque nœud sur sa mise à jour, chaque racine de Merkle, les blobs de modèles et de mises à jour (rehachés : %1 octets, %2 signatures), et les tables de l&apos;exécution par rapport aux blocs.</translation>
    </message>
    <message>
        <source>Head block %1, hash</source>
        <translation>Bloc de tête %1, hachage</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Bloc %1 : %2</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Federation id</source>
        <translation>Id de la fédération</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Spec hash</source>
        <translation>Hachage de la spec</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Clé du coordinateur</translation>
    </message>
    <message>
        <source>Coordinator id</source>
        <translation>Id du coordinateur</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Initial model</source>
        <translation>Modèle initial</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Checking this report</source>
        <translation>Vérifier ce rapport</translation>
    </message>
    <message>
        <source>The ledger&apos;s format is public (docs/ledger-format.md). Anyone can re-check the run file without Federation Studio&apos;s viewer:</source>
        <translation>Le format du registre est public (docs/ledger-format.md). Chacun peut revérifier le fichier d&apos;exécution sans la visionneuse de Federation Studio :</translation>
    </message>
    <message>
        <source>Keep the head hash above somewhere else: without it, blocks removed from the end of a chain together with their rounds cannot be detected (fedctl ledger verify --expect-head HASH checks it).</source>
        <translation>Conservez le hachage de tête ci-dessus ailleurs : sans lui, des blocs retirés de la fin d&apos;une chaîne avec leurs tours ne peuvent pas être détectés (fedctl ledger verify --expect-head HASH le vérifie).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Federation Studio audit report</source>
        <translation>Rapport d&apos;audit de Federation Studio</translation>
    </message>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>LedgerConnection</name>
    <message>
        <source>This run file has no audit ledger (yet).</source>
        <translation>Ce fichier d&apos;exécution n&apos;a pas (encore) de registre d&apos;audit.</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>Le registre n&apos;a encore aucun bloc.</translation>
    </message>
</context>
<context>
    <name>LedgerSearch</name>
    <message>
        <source>round</source>
        <translation>tour</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>block hash</source>
        <translation>hachage du bloc</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>Search for a hash prefix (hex), a node id prefix, “client 3”, a round (“12”) or a time (“2024-11-21 10:30”).</source>
        <translation>Rechercher un préfixe de hachage (hex), un préfixe d&apos;id de nœud, « client 3 », un tour (« 12 ») ou une heure (« 2024-11-21 10:30 »).</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>Le registre n&apos;a encore aucun bloc.</translation>
    </message>
    <message>
        <source>the genesis block</source>
        <translation>le bloc de genèse</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>the last block: every block is older than %1</source>
        <translation>le dernier bloc : tous les blocs sont antérieurs à %1</translation>
    </message>
    <message>
        <source>the first block at or after %1</source>
        <translation>le premier bloc à %1 ou après</translation>
    </message>
    <message numerus="yes">
        <source>client %1 · %2 · contributed to %n block(s)</source>
        <translation>
            <numerusform>client %1 · %2 · a contribué à %n bloc</numerusform>
            <numerusform>client %1 · %2 · a contribué à %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>The genesis block names no client %1.</source>
        <translation>Le bloc de genèse ne nomme aucun client %1.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>update %1 from %2</source>
        <translation>mise à jour %1 de %2</translation>
    </message>
    <message>
        <source>refused update %1 from %2</source>
        <translation>mise à jour refusée %1 de %2</translation>
    </message>
</context>
<context>
    <name>LineageScene</name>
    <message>
        <source>Model %1
Block %2 (height %3)
Click to show the block.</source>
        <translation>Modèle %1
Bloc %2 (hauteur %3)
Cliquez pour afficher le bloc.</translation>
    </message>
    <message>
        <source>Initial model · genesis</source>
        <translation>Modèle initial · genèse</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>précision %1</translation>
    </message>
    <message>
        <source>%1
Node id %2
Click to highlight every model it contributed to.</source>
        <translation>%1
Id du nœud %2
Cliquez pour mettre en évidence chaque modèle auquel il a contribué.</translation>
    </message>
</context>
<context>
    <name>NodeDirectory</name>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Federation %1: %2 node kits.

Coordinator (keep on its machine, never hand out): %3/coordinator
Listens on %4

</source>
        <translation>Fédération %1 : %2 kits de démarrage de nœud.

Coordinateur (à garder sur sa machine, à ne jamais distribuer) : %3/coordinator
Écoute sur %4

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
        <translation>Il vient après le bloc %1, le premier bloc invalide, donc rien de ce qu&apos;il contient n&apos;est fiable.</translation>
    </message>
    <message>
        <source>Its own problems: %1</source>
        <translation>Ses propres problèmes : %1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>La vérification a été annulée ; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>The chain is valid: %1 blocks, %2 signatures, every hash link, Merkle root and stored model check out (%3 s).</source>
        <translation>La chaîne est valide : %1 blocs, %2 signatures, chaque lien de hachage, racine de Merkle et modèle stocké sont corrects (%3 s).</translation>
    </message>
    <message>
        <source>block %1 (round %2)</source>
        <translation>bloc %1 (tour %2)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message>
        <source>The chain is INVALID from %1: %2.</source>
        <translation>La chaîne est INVALIDE à partir de %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in that block.</source>
        <translation>
            <numerusform>%n autre problème dans ce bloc.</numerusform>
            <numerusform>%n autres problèmes dans ce bloc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n block(s) after it are untrusted.</source>
        <translation>
            <numerusform>%n bloc après celui-ci n&apos;est pas fiable.</numerusform>
            <numerusform>%n blocs après celui-ci ne sont pas fiables.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>Le registre ne peut pas être vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced every round&apos;s model from its stored updates (%n round(s)).</source>
        <translation>
            <numerusform>La réexécution a reproduit le modèle de chaque tour à partir de ses mises à jour stockées (%n tour).</numerusform>
            <numerusform>La réexécution a reproduit le modèle de chaque tour à partir de ses mises à jour stockées (%n tours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay reproduced %1 round(s) from their stored updates; %2 round(s) could not be replayed because their updates were not stored.</source>
        <translation type="vanished">La réexécution a reproduit %1 tour(s) à partir de leurs mises à jour stockées ; %2 tour(s) n&apos;ont pas pu être réexécutés car leurs mises à jour n&apos;ont pas été stockées.</translation>
    </message>
    <message>
        <source>No round was replayed: this run did not keep its nodes&apos; updates (the spec&apos;s Audit ledger &gt; Client updates). Every other check was made.</source>
        <translation>Aucune ronde n&apos;a été rejouée : cette exécution n&apos;a pas conservé les mises à jour de ses nœuds (dans la spécification : Registre d&apos;audit &gt; Mises à jour des clients). Toutes les autres vérifications ont été faites.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more block(s) whose signatures depend on it.</source>
        <translation>
            <numerusform>Et %n autre bloc dont les signatures en dépendent.</numerusform>
            <numerusform>Et %n autres blocs dont les signatures en dépendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own checks fail only because its signatures depend on block %1, which was altered.</source>
        <translation>Ses propres vérifications échouent uniquement parce que ses signatures dépendent du bloc %1, qui a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced %n round(s) from their stored updates.</source>
        <translation>
            <numerusform>La réexécution a reproduit %n tour à partir de ses mises à jour stockées.</numerusform>
            <numerusform>La réexécution a reproduit %n tours à partir de leurs mises à jour stockées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) could not be replayed because their updates were not stored.</source>
        <translation>
            <numerusform>%n tour n&apos;a pas pu être réexécuté car ses mises à jour n&apos;ont pas été stockées.</numerusform>
            <numerusform>%n tours n&apos;ont pas pu être réexécutés car leurs mises à jour n&apos;ont pas été stockées.</numerusform>
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
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>genèse</translation>
    </message>
    <message>
        <source>round</source>
        <translation>tour</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
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
        <translation>À propos de Federation Studio</translation>
    </message>
    <message>
        <source>Design, run and audit federated-learning federations: real models trained with LibTorch on data spread across many clients, every run kept in one file with a hash-chained audit ledger.</source>
        <translation>Concevez, exécutez et auditez des fédérations d&apos;apprentissage fédéré : de vrais modèles entraînés avec LibTorch sur des données réparties entre de nombreux clients, chaque exécution conservée dans un seul fichier avec un registre d&apos;audit chaîné par hachage.</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Copier les versions</translation>
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
        <translation>Le graphique « %1 » n&apos;a rien à exporter : %2</translation>
    </message>
    <message>
        <source>Exported from Federation Studio</source>
        <translation>Exporté depuis Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not &quot;%1&quot;</source>
        <translation>Les graphiques sont exportés en .png ou .svg, pas en « %1 »</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Enregistrer le graphique en SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>fed::ui::ClientsModel</name>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>node %1 · %2</source>
        <translation>nœud %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Client %1, id de nœud %2</translation>
    </message>
    <message>
        <source>Selected for this round; its update has not arrived yet</source>
        <translation>Sélectionné pour ce tour ; sa mise à jour n&apos;est pas encore arrivée</translation>
    </message>
    <message>
        <source>Took part in %1 of the %2 rounds so far</source>
        <translation>A participé à %1 des %2 tours jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rounds taken part</source>
        <translation>Tours de participation</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Dernière perte</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>The run does not score contributions (spec: contribution.enabled)</source>
        <translation>L&apos;exécution n&apos;évalue pas les contributions (spec : contribution.enabled)</translation>
    </message>
    <message>
        <source>Shapley estimate (%1) of the validation gain this node&apos;s updates brought, summed over %2 rounds</source>
        <translation>Estimation de Shapley (%1) du gain de validation apporté par les mises à jour de ce nœud, cumulée sur %2 tours</translation>
    </message>
    <message>
        <source>Rewards earned: %1 in total, %2 in the last scored round</source>
        <translation>Récompenses obtenues : %1 au total, %2 au dernier tour évalué</translation>
    </message>
    <message>
        <source>Contribution score per kJ of the node&apos;s modelled energy in scored rounds</source>
        <translation>Score de contribution par kJ d&apos;énergie modélisée du nœud dans les tours évalués</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Score de contribution</translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation>Solde de récompenses</translation>
    </message>
    <message>
        <source>Score per kJ</source>
        <translation>Score par kJ</translation>
    </message>
    <message>
        <source>%1 · ⚠ Byzantine</source>
        <translation>%1 · ⚠ byzantin</translation>
    </message>
    <message>
        <source>A Byzantine client: the spec makes it an adversary (%1). Robust strategies are meant to keep its updates from harming the model.</source>
        <translation>Un client byzantin : la spec en fait un adversaire (%1). Les stratégies robustes doivent empêcher ses mises à jour de nuire au modèle.</translation>
    </message>
</context>
<context>
    <name>fed::ui::Dashboard</name>
    <message>
        <source>Accuracy and loss per round</source>
        <translation>Précision et perte par tour</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="vanished">Précision (%)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Energy per round</source>
        <translation>Énergie par tour</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulée</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>Par tour</translation>
    </message>
    <message>
        <source>Accuracy against energy spent</source>
        <translation>Précision en fonction de l&apos;énergie dépensée</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Énergie cumulée</translation>
    </message>
    <message>
        <source>Training loss per client (first %1 clients)</source>
        <translation>Perte d&apos;entraînement par client (%1 premiers clients)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;No energy data in this run&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its rounds record no modelled energy (the run file was made before energy accounting).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;Aucune donnée d&apos;énergie dans cette exécution&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ses tours n&apos;enregistrent aucune énergie modélisée (le fichier d&apos;exécution a été créé avant la comptabilité énergétique).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per round (%1)</source>
        <translation>Par tour (%1)</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>Cumulée (%1)</translation>
    </message>
    <message>
        <source>Cumulative energy (%1)</source>
        <translation>Énergie cumulée (%1)</translation>
    </message>
    <message>
        <source>Privacy spent (ε)</source>
        <translation>Budget de confidentialité consommé (ε)</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Accuracy, loss and privacy spent per round</source>
        <translation>Précision, perte et budget de confidentialité consommé par tour</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
</context>
<context>
    <name>fed::ui::DesignerPage</name>
    <message>
        <source>Double-click or press Enter on a problem to go to its field.</source>
        <translation>Double-cliquez sur un problème ou appuyez sur Entrée pour aller à son champ.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>No problems: ready to start.</source>
        <translation>Aucun problème : prêt à démarrer.</translation>
    </message>
    <message>
        <source>1 problem to fix before starting</source>
        <translation>1 problème à corriger avant de démarrer</translation>
    </message>
    <message>
        <source>%1 problems to fix before starting</source>
        <translation>%1 problèmes à corriger avant de démarrer</translation>
    </message>
    <message>
        <source>Untitled federation</source>
        <translation>Fédération sans titre</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 tour</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 tours</translation>
    </message>
    <message>
        <source>Synthetic(%1, %2)</source>
        <translation>Synthétique(%1, %2)</translation>
    </message>
    <message>
        <source>, IID split</source>
        <translation>, partition IID</translation>
    </message>
    <message>
        <source>, Dirichlet α = %1</source>
        <translation>, Dirichlet α = %1</translation>
    </message>
    <message>
        <source>, 1 shard per client</source>
        <translation>, 1 fragment par client</translation>
    </message>
    <message>
        <source>, %1 shards per client</source>
        <translation>, %1 fragments par client</translation>
    </message>
    <message>
        <source>, quantity skew α = %1</source>
        <translation>, déséquilibre de quantité α = %1</translation>
    </message>
    <message>
        <source>%1, learning rate %2, %3</source>
        <translation>%1, taux d&apos;apprentissage %2, %3</translation>
    </message>
    <message>
        <source>1 local epoch</source>
        <translation>1 époque locale</translation>
    </message>
    <message>
        <source>%1 local epochs</source>
        <translation>%1 époques locales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 problem in this section</source>
        <translation>1 problème dans cette section</translation>
    </message>
    <message>
        <source>%1 problems in this section</source>
        <translation>%1 problèmes dans cette section</translation>
    </message>
</context>
<context>
    <name>fed::ui::DeviceMixModel</name>
    <message>
        <source>The share of the clients this profile gets: its share divided by the sum of all shares.</source>
        <translation>La part des clients que reçoit ce profil : sa part divisée par la somme de toutes les parts.</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Profil d&apos;appareil</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Of clients</source>
        <translation>Part des clients</translation>
    </message>
</context>
<context>
    <name>fed::ui::FederationWorker</name>
    <message>
        <source>The paused federation is no longer in memory; resume it from its run file.</source>
        <translation>La fédération en pause n&apos;est plus en mémoire ; reprenez-la depuis son fichier d&apos;exécution.</translation>
    </message>
    <message>
        <source>The kit folder %1</source>
        <translation>Le dossier des kits %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::IncidentsModel</name>
    <message>
        <source>node %1 · %2</source>
        <translation>nœud %1 · %2</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Client %1, id de nœud %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchModel</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Copying kit</source>
        <translation>Copie du kit</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>non rejoint</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>rejoint</translation>
    </message>
    <message>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>lost (no heartbeat)</source>
        <translation type="vanished">perdu (plus de heartbeat)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last log line</source>
        <translation>Dernière ligne du journal</translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation>%1 · %2 rejetées</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>rejoint à nouveau</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Updates the coordinator accepted from this node</source>
        <translation>Mises à jour de ce nœud acceptées par le coordinateur</translation>
    </message>
    <message>
        <source>Last rejected: %1</source>
        <translation>Dernière rejetée : %1</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchPanel</name>
    <message>
        <source>The nodes of a networked federation (launch mode local or ssh). Select one to see its log; clear the selection for the coordinator&apos;s.</source>
        <translation>Les nœuds d&apos;une fédération en réseau (mode de lancement local ou ssh). Sélectionnez-en un pour voir son journal ; videz la sélection pour celui du coordinateur.</translation>
    </message>
    <message>
        <source>Coordinator log</source>
        <translation type="vanished">Journal du coordinateur</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message>
        <source>No fednode processes. They appear here when a networked federation starts: in the designer&apos;s Launch group, set Clients run to Local fednode processes or SSH hosts, with a provisioned kit folder.</source>
        <translation>Aucun processus fednode. Ils apparaissent ici quand une fédération en réseau démarre : dans le groupe Lancement du concepteur, réglez « Exécution des clients » sur « Processus fednode locaux » ou « Hôtes SSH », avec un dossier des kits provisionné.</translation>
    </message>
    <message>
        <source>Coordinator log (select a node for its own)</source>
        <translation>Journal du coordinateur (sélectionnez un nœud pour voir le sien)</translation>
    </message>
</context>
<context>
    <name>fed::ui::MainWindow</name>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Impossible d&apos;ouvrir la spec</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>« %1 » n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Fix the problems below in a text editor (or with fedctl spec check), then open it again.</source>
        <translation type="vanished">Corrigez les problèmes ci-dessous dans un éditeur de texte (ou avec fedctl spec check), puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (modèle prédéfini)</translation>
    </message>
    <message>
        <source>Cannot Open Run</source>
        <translation>Impossible d&apos;ouvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>« %1 » n&apos;a pas pu être ouvert :
%2</translation>
    </message>
    <message>
        <source>Federation Running</source>
        <translation>Fédération en cours</translation>
    </message>
    <message>
        <source>A federation is running. Quit anyway?

The round in progress finishes and is saved; the run can be resumed later from its run file.</source>
        <translation>Une fédération est en cours. Quitter quand même ?

Le tour en cours se termine et est enregistré ; l&apos;exécution pourra être reprise plus tard depuis son fichier d&apos;exécution.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New federation spec (%1)</source>
        <translation>Nouvelle spec de fédération (%1)</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>&amp;Ouvrir une spec…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a federation spec (%1)</source>
        <translation>Ouvrir une spec de fédération (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the spec (%1)</source>
        <translation>Enregistrer la spec (%1)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>Ouvrir une e&amp;xécution…</translation>
    </message>
    <message>
        <source>Open for &amp;Audit…</source>
        <translation>Ouvrir pour &amp;audit…</translation>
    </message>
    <message>
        <source>Open a run file read-only in the block explorer, to trace its models and verify its ledger</source>
        <translation>Ouvrir un fichier d&apos;exécution en lecture seule dans l&apos;explorateur de blocs, pour retracer ses modèles et vérifier son registre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle prédéfini</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Specs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Fe&amp;deration</source>
        <translation>Fédé&amp;ration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Federation Studio</source>
        <translation>À &amp;propos de Federation Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Spec valid: ready to start</source>
        <translation>Spec valide : prête à démarrer</translation>
    </message>
    <message>
        <source>1 problem in the spec</source>
        <translation>1 problème dans la spec</translation>
    </message>
    <message>
        <source>%1 problems in the spec</source>
        <translation>%1 problèmes dans la spec</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Save Spec with Problems?</source>
        <translation>Enregistrer une spec avec des problèmes ?</translation>
    </message>
    <message>
        <source>The spec has problems (%1). Federation Studio and fedctl open only valid specs, so this file cannot be opened again until they are fixed by hand.</source>
        <translation>La spec a des problèmes (%1). Federation Studio et fedctl n&apos;ouvrent que des specs valides : ce fichier ne pourra pas être rouvert tant qu&apos;ils n&apos;auront pas été corrigés à la main.</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>Impossible d&apos;enregistrer la spec</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Enregistrer la spec sous</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json)</source>
        <translation>Specs de fédération (*.fed.json);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Ouvrir une spec</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json);;All files (*)</source>
        <translation>Specs de fédération (*.fed.json);;JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Ouvrir une exécution</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Exécutions de fédération (*.fedrun);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Ouvrir une exécution pour audit</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide (docs/user-guide.md) is not installed on this machine.</source>
        <translation>Le guide de l&apos;utilisateur (docs/user-guide.md) n&apos;est pas installé sur cette machine.</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>Aucune application n&apos;est configurée pour ouvrir %1.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect the next time Federation Studio starts</source>
        <translation>Prend effet au prochain démarrage de Federation Studio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Federation Studio will follow the system&apos;s language the next time it starts.</source>
        <translation>Federation Studio suivra la langue du système au prochain démarrage.</translation>
    </message>
    <message>
        <source>Federation Studio will use %1 the next time it starts.</source>
        <translation>Federation Studio utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Provision &amp;Nodes…</source>
        <translation>&amp;Provisionner les nœuds…</translation>
    </message>
    <message>
        <source>Make the certificates and startup kits for a networked federation (docs/nodes.md)</source>
        <translation>Créer les certificats et les kits de démarrage d&apos;une fédération en réseau (docs/nodes.md)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… et %n autre (Afficher les détails…)</numerusform>
            <numerusform>… et %n autres (Afficher les détails…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in a text editor (or check it with fedctl spec check), then open it again.</source>
        <translation>Corrigez le fichier dans un éditeur de texte (ou vérifiez-le avec fedctl spec check), puis rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>fed::ui::MetricsCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>fed::ui::PartitionPreview</name>
    <message>
        <source>Partition preview</source>
        <translation>Aperçu de la partition</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Bar height: how many samples each client holds, so uneven client sizes show.</source>
        <translation>Hauteur des barres : le nombre d&apos;échantillons de chaque client, pour que les tailles inégales apparaissent.</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>Parts des classes</translation>
    </message>
    <message>
        <source>Every bar is 100%: each client&apos;s mix of classes, whatever its size.</source>
        <translation>Chaque barre vaut 100 % : le mélange de classes de chaque client, quelle que soit sa taille.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>The preview appears when the data, client and partition settings are valid: see the problems listed below the form.</source>
        <translation>L&apos;aperçu apparaît quand les réglages des données, des clients et de la partition sont valides : voir les problèmes listés sous le formulaire.</translation>
    </message>
    <message>
        <source>Partitioning…</source>
        <translation>Partitionnement…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Classe %1</translation>
    </message>
    <message>
        <source>%1 other classes</source>
        <translation>%1 autres classes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Échantillons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Share of the client&apos;s samples</source>
        <translation>Part des échantillons du client</translation>
    </message>
    <message>
        <source>Client %1 · %2: %3 of its %4 samples (%5%)</source>
        <translation>Client %1 · %2 : %3 de ses %4 échantillons (%5 %)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clients&lt;/b&gt; share %2 training samples: %3 per client on average, fewest %4, median %5, most %6.</source>
        <translation>&lt;b&gt;%1 clients&lt;/b&gt; se partagent %2 échantillons d&apos;entraînement : %3 par client en moyenne, au moins %4, médiane %5, au plus %6.</translation>
    </message>
    <message>
        <source>Class mix: a client&apos;s data is as varied as &lt;b&gt;%1 of %2 classes&lt;/b&gt; in equal parts, on average</source>
        <translation>Mélange de classes : les données d&apos;un client sont en moyenne aussi variées que &lt;b&gt;%1 classes sur %2&lt;/b&gt; à parts égales</translation>
    </message>
    <message>
        <source> — close to IID.</source>
        <translation> — proche de l&apos;IID.</translation>
    </message>
    <message>
        <source> — moderately non-IID.</source>
        <translation> — modérément non IID.</translation>
    </message>
    <message>
        <source> — strongly non-IID: most clients see only a few classes.</source>
        <translation> — fortement non IID : la plupart des clients ne voient que quelques classes.</translation>
    </message>
    <message>
        <source>%1 test samples</source>
        <translation>%1 échantillons de test</translation>
    </message>
    <message>
        <source>model: %1 parameters (%2 per update)</source>
        <translation>modèle : %1 paramètres (%2 par mise à jour)</translation>
    </message>
    <message>
        <source>the chart shows clients 0–%1 of %2</source>
        <translation>le graphique montre les clients 0–%1 sur %2</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProblemListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>What the device is, shown in lists and reports.</source>
        <translation>Ce qu&apos;est l&apos;appareil, affiché dans les listes et les rapports.</translation>
    </message>
    <message>
        <source>CPU frequency</source>
        <translation>Fréquence du CPU</translation>
    </message>
    <message>
        <source>Clock rate while training. Faster CPUs finish sooner but, at the same work, spend more energy (power grows with the cube of the clock).</source>
        <translation>Fréquence d&apos;horloge pendant l&apos;entraînement. Les CPU plus rapides finissent plus tôt mais, pour le même travail, dépensent plus d&apos;énergie (la puissance croît avec le cube de la fréquence).</translation>
    </message>
    <message>
        <source>FLOPs per cycle</source>
        <translation>FLOP par cycle</translation>
    </message>
    <message>
        <source>Sustained training FLOPs per clock cycle on the one core a client uses.</source>
        <translation>FLOP d&apos;entraînement soutenus par cycle d&apos;horloge sur l&apos;unique cœur qu&apos;utilise un client.</translation>
    </message>
    <message>
        <source>Cycles per sample</source>
        <translation>Cycles par échantillon</translation>
    </message>
    <message>
        <source>CPU cycles to train on one sample; 0 derives it from the model&apos;s FLOPs per sample and the FLOPs per cycle.</source>
        <translation>Cycles CPU pour entraîner sur un échantillon ; 0 le déduit des FLOP par échantillon du modèle et des FLOP par cycle.</translation>
    </message>
    <message>
        <source>Switched capacitance</source>
        <translation>Capacité commutée</translation>
    </message>
    <message>
        <source>κ: the chip&apos;s effective switched capacitance; dynamic CPU power is κ·f³.</source>
        <translation>κ : la capacité commutée effective de la puce ; la puissance dynamique du CPU vaut κ·f³.</translation>
    </message>
    <message>
        <source>Transmit power</source>
        <translation>Puissance d&apos;émission</translation>
    </message>
    <message>
        <source>Maximum uplink transmit power used to send the update.</source>
        <translation>Puissance d&apos;émission montante maximale utilisée pour envoyer la mise à jour.</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Uplink bandwidth when the round has no shared bandwidth budget.</source>
        <translation>Bande passante montante quand le tour n&apos;a pas de budget de bande passante partagé.</translation>
    </message>
    <message>
        <source>Nearest distance</source>
        <translation>Distance minimale</translation>
    </message>
    <message>
        <source>Clients of this profile are placed between the nearest and farthest distance from the access point; farther clients need more energy to upload.</source>
        <translation>Les clients de ce profil sont placés entre la distance minimale et la distance maximale du point d&apos;accès ; les clients plus éloignés ont besoin de plus d&apos;énergie pour téléverser.</translation>
    </message>
    <message>
        <source>Farthest distance</source>
        <translation>Distance maximale</translation>
    </message>
    <message>
        <source>The farthest a client of this profile is from the access point.</source>
        <translation>La distance maximale entre un client de ce profil et le point d&apos;accès.</translation>
    </message>
    <message>
        <source>Channel gain</source>
        <translation>Gain du canal</translation>
    </message>
    <message>
        <source>Linear channel power gain; 0 derives it from each client&apos;s distance (3GPP path loss).</source>
        <translation>Gain de puissance linéaire du canal ; 0 le déduit de la distance de chaque client (affaiblissement de propagation 3GPP).</translation>
    </message>
    <message>
        <source>Noise density</source>
        <translation>Densité de bruit</translation>
    </message>
    <message>
        <source>Noise power spectral density N₀; −174 dBm/Hz is 3.981e-21 W/Hz.</source>
        <translation>Densité spectrale de puissance du bruit N₀ ; −174 dBm/Hz correspond à 3.981e-21 W/Hz.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Puissance en veille</translation>
    </message>
    <message>
        <source>Power drawn while waiting for the round to end (counted only when &quot;Count idle power&quot; is on).</source>
        <translation>Puissance consommée en attendant la fin du tour (comptée seulement si « Compter la puissance en veille pendant l&apos;attente du tour » est activé).</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensité carbone</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid this device draws from.</source>
        <translation>Grammes de CO₂ par kWh du réseau électrique qui alimente cet appareil.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Autorisé : %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the built-in value.</source>
        <translation>Laissez vide pour garder la valeur intégrée.</translation>
    </message>
    <message>
        <source>Required for a new profile%1.</source>
        <translation>Obligatoire pour un nouveau profil%1.</translation>
    </message>
    <message>
        <source> (0 derives it)</source>
        <translation> (0 la déduit)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>This spec</source>
        <translation>Cette spec</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProvisionDialog</name>
    <message>
        <source>Provision Nodes</source>
        <translation>Provisionner les nœuds</translation>
    </message>
    <message>
        <source>Makes the federation&apos;s certificate authority, the coordinator&apos;s certificate and one startup kit per node (a folder and a .tar.gz with its certificate, keys and the coordinator&apos;s address). Hand each node its archive over a channel you trust.</source>
        <translation>Crée l&apos;autorité de certification de la fédération, le certificat du coordinateur et un kit de démarrage par nœud (un dossier et un .tar.gz contenant son certificat, ses clés et l&apos;adresse du coordinateur). Remettez à chaque nœud son archive par un canal de confiance.</translation>
    </message>
    <message>
        <source>a saved federation spec (*.fed.json)</source>
        <translation>une spec de fédération enregistrée (*.fed.json)</translation>
    </message>
    <message>
        <source>&amp;Spec:</source>
        <translation>&amp;Spec :</translation>
    </message>
    <message>
        <source>Spec to Provision</source>
        <translation>Spec à provisionner</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;All files (*)</source>
        <translation>Specs de fédération (*.fed.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Dossier de sortie :</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>One kit per node. When this differs from the spec&apos;s clients, the kits&apos; spec gets this many clients.</source>
        <translation>Un kit par nœud. Si ce nombre diffère du nombre de clients de la spec, la spec des kits reçoit ce nombre de clients.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <source>The name or address nodes use to reach the coordinator; it goes into the kits and the coordinator&apos;s certificate.</source>
        <translation>Le nom ou l&apos;adresse par lequel les nœuds joignent le coordinateur ; il figure dans les kits et dans le certificat du coordinateur.</translation>
    </message>
    <message>
        <source>Coordinator &amp;host:</source>
        <translation>&amp;Hôte du coordinateur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>more names or addresses, comma-separated (optional)</source>
        <translation>d&apos;autres noms ou adresses, séparés par des virgules (facultatif)</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>A&amp;utres noms :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validité :</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>P&amp;rovisionner</translation>
    </message>
    <message>
        <source>Generating keys and writing the kits…</source>
        <translation>Génération des clés et écriture des kits…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Not provisioned: %1</source>
        <translation>Non provisionné : %1</translation>
    </message>
    <message>
        <source>choose a saved spec file (save the design first).</source>
        <translation>choisissez un fichier de spec enregistré (enregistrez d&apos;abord la conception).</translation>
    </message>
    <message>
        <source>choose an output folder.</source>
        <translation>choisissez un dossier de sortie.</translation>
    </message>
</context>
<context>
    <name>fed::ui::RoundsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Updates accepted</source>
        <translation>Mises à jour acceptées</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Énergie cumulée</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbone</translation>
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
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the federation in a new run file</source>
        <translation>Démarrer la fédération dans un nouveau fichier d&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause after the round in progress; Resume continues at once</source>
        <translation>Mettre en pause après le tour en cours ; Reprendre continue aussitôt</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop after the round in progress; the run file keeps every round</source>
        <translation>Arrêter après le tour en cours ; le fichier d&apos;exécution conserve chaque tour</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Continue the paused or stopped run to its last round</source>
        <translation>Poursuivre l&apos;exécution en pause ou arrêtée jusqu&apos;à son dernier tour</translation>
    </message>
    <message>
        <source>Pausing after round %1 completes…</source>
        <translation>Mise en pause à la fin du tour %1…</translation>
    </message>
    <message>
        <source>Pausing after the round in progress…</source>
        <translation>Mise en pause après le tour en cours…</translation>
    </message>
    <message>
        <source>Stopped; the paused federation was released.</source>
        <translation>Arrêtée ; la fédération en pause a été libérée.</translation>
    </message>
    <message>
        <source>Stopping after round %1 completes…</source>
        <translation>Arrêt à la fin du tour %1…</translation>
    </message>
    <message>
        <source>Stopping after the round in progress…</source>
        <translation>Arrêt après le tour en cours…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Pas encore d&apos;exécution</translation>
    </message>
    <message>
        <source>Every node of this federation runs inside this process, on a pool of training threads.</source>
        <translation>Chaque nœud de cette fédération s&apos;exécute dans ce processus, sur un ensemble de threads d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Design a federation and press Start, or open a run file.</source>
        <translation>Concevez une fédération et appuyez sur Démarrer, ou ouvrez un fichier d&apos;exécution.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>%v of %m updates</source>
        <translation type="vanished">%v mises à jour sur %m</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%v of %m rounds</source>
        <translation type="vanished">%v tours sur %m</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Précision de test</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>Energy (modelled)</source>
        <translation>Énergie (modélisée)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Per-client curves</source>
        <translation>Courbes par client</translation>
    </message>
    <message>
        <source>Training loss of the first %1 clients, round by round</source>
        <translation>Perte d&apos;entraînement des %1 premiers clients, tour par tour</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Enregistrer en %1…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save All Charts…</source>
        <translation>Enregistrer tous les graphiques…</translation>
    </message>
    <message>
        <source>Round Metrics as CSV…</source>
        <translation>Métriques des tours en CSV…</translation>
    </message>
    <message>
        <source>Client Metrics as CSV…</source>
        <translation>Métriques des clients en CSV…</translation>
    </message>
    <message>
        <source>Filter by node or device</source>
        <translation>Filtrer par nœud ou appareil</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Run files in the runs folder. Double-click one to see it as it was; a stopped run can then be resumed.</source>
        <translation>Les fichiers d&apos;exécution du dossier des exécutions. Double-cliquez sur l&apos;un d&apos;eux pour le voir tel qu&apos;il était ; une exécution arrêtée peut alors être reprise.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>A federation is running. Pause or stop it before opening another run.</source>
        <translation>Une fédération est en cours. Mettez-la en pause ou arrêtez-la avant d&apos;ouvrir une autre exécution.</translation>
    </message>
    <message>
        <source>The paused federation was released; its run file can be resumed.</source>
        <translation>La fédération en pause a été libérée ; son fichier d&apos;exécution peut être repris.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Press Start to run this federation; its run file goes to %1.</source>
        <translation>Appuyez sur Démarrer pour exécuter cette fédération ; son fichier d&apos;exécution ira dans %1.</translation>
    </message>
    <message>
        <source>Run file: %1</source>
        <translation>Fichier d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>In-process · Nodes: %1 · Training threads: %2</source>
        <translation>Dans le processus · Nœuds : %1 · Threads d&apos;entraînement : %2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Mise en pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Overall · about %1 left</source>
        <translation>Global · environ %1 restant</translation>
    </message>
    <message>
        <source>Overall · done</source>
        <translation>Global · terminé</translation>
    </message>
    <message>
        <source>best %1 · round %2</source>
        <translation>meilleure %1 · tour %2</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>entraînement %1</translation>
    </message>
    <message>
        <source>%1% computation · %2 g CO₂</source>
        <translation>%1 % calcul · %2 g de CO₂</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices. Measured on this machine&apos;s CPU packages (RAPL): %1.</source>
        <translation>Modélisée pour les appareils des clients. Mesurée sur les processeurs de cette machine (RAPL) : %1.</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices (docs/energy.md).</source>
        <translation>Modélisée pour les appareils des clients (docs/energy.md).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>no rejected or dropped updates</source>
        <translation>aucune mise à jour rejetée ou abandonnée</translation>
    </message>
    <message>
        <source>%1 rejected · %2 dropped</source>
        <translation>%1 rejetées · %2 abandonnées</translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1</source>
        <translation>Impossible de créer le dossier des exécutions %1</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; (rounds: %2).</source>
        <translation>Démarrage de « %1 » (tours : %2).</translation>
    </message>
    <message>
        <source>Loading data and building the model…</source>
        <translation>Chargement des données et construction du modèle…</translation>
    </message>
    <message>
        <source>Resuming at round %1.</source>
        <translation>Reprise au tour %1.</translation>
    </message>
    <message>
        <source>Re-opening %1 to resume at round %2.</source>
        <translation>Réouverture de %1 pour reprendre au tour %2.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>Enregistrer tous les graphiques</translation>
    </message>
    <message>
        <source>Saved the charts in %1 (files: %2)</source>
        <translation>Graphiques enregistrés dans %1 (fichiers : %2)</translation>
    </message>
    <message>
        <source>There is no run file to export yet.</source>
        <translation>Il n&apos;y a pas encore de fichier d&apos;exécution à exporter.</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Une exportation est encore en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>Export Client Metrics</source>
        <translation>Exporter les métriques des clients</translation>
    </message>
    <message>
        <source>Export Round Metrics</source>
        <translation>Exporter les métriques des tours</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Resumed at round %1 of %2.</source>
        <translation>Reprise au tour %1 sur %2.</translation>
    </message>
    <message>
        <source>Started. Clients: %1 · parameters: %2 · training samples: %3 · test samples: %4.</source>
        <translation>Démarrée. Clients : %1 · paramètres : %2 · échantillons d&apos;entraînement : %3 · échantillons de test : %4.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was dropped: %3</source>
        <translation>Tour %1 : la mise à jour du nœud %2 a été abandonnée : %3</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was rejected: %3</source>
        <translation>Tour %1 : la mise à jour du nœud %2 a été rejetée : %3</translation>
    </message>
    <message>
        <source>Round %1 of %2: </source>
        <translation>Tour %1 sur %2 : </translation>
    </message>
    <message>
        <source>accuracy %1, loss %2, </source>
        <translation>précision %1, perte %2, </translation>
    </message>
    <message>
        <source>%1 of %2 updates accepted, %3</source>
        <translation>%1 mises à jour acceptées sur %2, %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Finished at round %1 of %2</source>
        <translation>Terminée au tour %1 sur %2</translation>
    </message>
    <message>
        <source>: accuracy %1 (best %2 in round %3).</source>
        <translation> : précision %1 (meilleure %2 au tour %3).</translation>
    </message>
    <message>
        <source>Energy (modelled): %1, %2 g CO₂.</source>
        <translation>Énergie (modélisée) : %1, %2 g de CO₂.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Paused after round %1. Resume continues at round %2.</source>
        <translation>En pause après le tour %1. Reprendre continue au tour %2.</translation>
    </message>
    <message>
        <source>Paused after round %1</source>
        <translation>En pause après le tour %1</translation>
    </message>
    <message>
        <source>Stopped after round %1; the run file keeps every completed round and Resume continues it.</source>
        <translation>Arrêtée après le tour %1 ; le fichier d&apos;exécution conserve chaque tour terminé et Reprendre la poursuit.</translation>
    </message>
    <message>
        <source>Stopped after round %1</source>
        <translation>Arrêtée après le tour %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 rounds, %4.</source>
        <translation>%1 ouvert : %2 tours sur %3, %4.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>%1 of %2 updates</source>
        <translation>%1 mises à jour sur %2</translation>
    </message>
    <message>
        <source>Byzantine</source>
        <translation>Byzantin</translation>
    </message>
    <message>
        <source>Only the clients the spec makes adversaries</source>
        <translation>Uniquement les clients dont la spec fait des adversaires</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 tours sur %2</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>The fednode processes of a networked federation (launch mode local or ssh): their state, connection and logs</source>
        <translation>Les processus fednode d&apos;une fédération en réseau (mode de lancement local ou ssh) : leur état, leur connexion et leurs journaux</translation>
    </message>
    <message>
        <source>SSH hosts · Nodes: %1</source>
        <translation>Hôtes SSH · Nœuds : %1</translation>
    </message>
    <message>
        <source>Local fednode processes · Nodes: %1</source>
        <translation>Processus fednode locaux · Nœuds : %1</translation>
    </message>
    <message>
        <source>Launching %1 nodes; their state and logs are on the Launch tab.</source>
        <translation>Lancement de %1 nœuds ; leur état et leurs journaux sont dans l&apos;onglet Lancement.</translation>
    </message>
    <message>
        <source>Every node is a fednode process that joined the coordinator over mutual TLS; see the Launch tab.</source>
        <translation>Chaque nœud est un processus fednode qui a rejoint le coordinateur par TLS mutuel ; voir l&apos;onglet Lancement.</translation>
    </message>
    <message>
        <source>Networked · Nodes: %1</source>
        <translation>En réseau · Nœuds : %1</translation>
    </message>
    <message>
        <source>Its nodes are launched again with the kits in %1.</source>
        <translation>Ses nœuds sont relancés avec les kits de %1.</translation>
    </message>
    <message>
        <source>Kit Folder for Resuming %1 (the folder with coordinator/ and nodes/)</source>
        <translation>Dossier des kits pour reprendre %1 (le dossier avec coordinator/ et nodes/)</translation>
    </message>
    <message>
        <source>Cannot resume with the kits in %1: %2
Press Resume to choose the kit folder this run was provisioned with.</source>
        <translation>Impossible de reprendre avec les kits de %1 : %2
Appuyez sur Reprendre pour choisir le dossier des kits avec lequel cette exécution a été provisionnée.</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecForm</name>
    <message>
        <source>“%1” is not a whole number; write whole numbers separated by commas, e.g. 200, 200</source>
        <translation>« %1 » n&apos;est pas un nombre entier ; écrivez des nombres entiers séparés par des virgules, p. ex. 200, 200</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>What the federation is called, how long it runs, and the seed that every random choice derives from.</source>
        <translation>Le nom de la fédération, sa durée et la graine dont découle chaque choix aléatoire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Shown in the window title, in the runs list and in reports.</source>
        <translation>Affiché dans le titre de la fenêtre, dans la liste des exécutions et dans les rapports.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Every random choice — the partition, which clients train each round, the initial weights, shuffling, synthetic data — derives from the seed. The same spec with the same seed is the same federation; change it to see how much a result owes to luck.</source>
        <translation>Chaque choix aléatoire — la partition, les clients qui s&apos;entraînent à chaque tour, les poids initiaux, le mélange, les données synthétiques — découle de la graine. La même spec avec la même graine donne la même fédération ; changez-la pour voir ce qu&apos;un résultat doit au hasard.</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <source>Draw a fresh random seed.</source>
        <translation>Tirer une nouvelle graine aléatoire.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Communication rounds. In each round the server sends the global model to the selected clients, they train on their own data, and the server combines their updates into the next global model.</source>
        <translation>Tours de communication. À chaque tour, le serveur envoie le modèle global aux clients sélectionnés, ceux-ci s&apos;entraînent sur leurs propres données, et le serveur combine leurs mises à jour en un nouveau modèle global.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>The data set the clients train on and the global model is tested on.</source>
        <translation>Le jeu de données sur lequel les clients s&apos;entraînent et sur lequel le modèle global est testé.</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of clothing in 10 classes (IDX files).</source>
        <translation>Images 28×28 en niveaux de gris de vêtements, en 10 classes (fichiers IDX).</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of handwritten digits (IDX files).</source>
        <translation>Images 28×28 en niveaux de gris de chiffres manuscrits (fichiers IDX).</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Table CSV</translation>
    </message>
    <message>
        <source>Your own tabular data: numeric columns and a label.</source>
        <translation>Vos propres données tabulaires : des colonnes numériques et une étiquette.</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>32×32 colour images in 10 classes (the binary batch files).</source>
        <translation>Images 32×32 en couleur, en 10 classes (les fichiers de lots binaires).</translation>
    </message>
    <message>
        <source>Synthetic(α, β)</source>
        <translation>Synthétique(α, β)</translation>
    </message>
    <message>
        <source>FedProx&apos;s generator: every client has its own model and feature distribution.</source>
        <translation>Le générateur de FedProx : chaque client a son propre modèle et sa propre distribution de caractéristiques.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Which data the federation learns from. Image data sets can train every model; CSV and synthetic data need an MLP or logistic regression.</source>
        <translation>Les données dont la fédération apprend. Les jeux d&apos;images conviennent à tous les modèles ; les données CSV et synthétiques demandent un MLP ou une régression logistique.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The folder with the data set&apos;s files (IDX images and labels, or CIFAR-10&apos;s binary batches; plain or gzip). Relative paths start at the spec file&apos;s folder.</source>
        <translation>Le dossier contenant les fichiers du jeu de données (images et étiquettes IDX, ou lots binaires de CIFAR-10 ; bruts ou gzip). Les chemins relatifs partent du dossier du fichier de spec.</translation>
    </message>
    <message>
        <source>/usr/share/datasets/fashion-mnist</source>
        <translation>/usr/share/datasets/fashion-mnist</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Fichier d&apos;entraînement</translation>
    </message>
    <message>
        <source>The training CSV: one sample per row, numeric feature columns and a label column.</source>
        <translation>Le CSV d&apos;entraînement : un échantillon par ligne, des colonnes de caractéristiques numériques et une colonne d&apos;étiquette.</translation>
    </message>
    <message>
        <source>train.csv</source>
        <translation>train.csv</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Fichier de test</translation>
    </message>
    <message>
        <source>A separate test CSV with the same columns. Leave empty to hold out a share of the training file instead.</source>
        <translation>Un CSV de test séparé avec les mêmes colonnes. Laissez vide pour réserver plutôt une part du fichier d&apos;entraînement.</translation>
    </message>
    <message>
        <source>empty: hold out part of the training file</source>
        <translation>vide : réserver une part du fichier d&apos;entraînement</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Colonne d&apos;étiquette</translation>
    </message>
    <message>
        <source>The label column: its header name, or its 0-based index (e.g. 0) for files without a header.</source>
        <translation>La colonne d&apos;étiquette : son nom dans l&apos;en-tête, ou son indice à partir de 0 (p. ex. 0) pour les fichiers sans en-tête.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La première ligne contient les noms de colonnes</translation>
    </message>
    <message>
        <source>Whether the first row of the CSV files names the columns.</source>
        <translation>Si la première ligne des fichiers CSV nomme les colonnes.</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <source>Share of the training file held out for testing when there is no test file, between 0 and 1 (exclusive).</source>
        <translation>Part du fichier d&apos;entraînement réservée au test quand il n&apos;y a pas de fichier de test, entre 0 et 1 (exclus).</translation>
    </message>
    <message>
        <source>IID</source>
        <translation>IID</translation>
    </message>
    <message>
        <source>Same distribution for every client</source>
        <translation>Même distribution pour chaque client</translation>
    </message>
    <message>
        <source>Synthetic-IID: every client draws from one shared model and feature distribution. The baseline to compare heterogeneous data against.</source>
        <translation>Synthetic-IID : chaque client tire ses données d&apos;un même modèle et d&apos;une même distribution de caractéristiques. La référence à laquelle comparer les données hétérogènes.</translation>
    </message>
    <message>
        <source>α (model shift)</source>
        <translation>α (décalage du modèle)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; true models are drawn: larger values make clients label similar inputs differently (concept shift). 0..100.</source>
        <translation>L&apos;écart entre les vrais modèles des clients : des valeurs plus grandes font étiqueter différemment des entrées similaires selon le client (dérive de concept). 0..100.</translation>
    </message>
    <message>
        <source>β (feature shift)</source>
        <translation>β (décalage des caractéristiques)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; feature distributions are drawn (covariate shift). 0..100.</source>
        <translation>L&apos;écart entre les distributions de caractéristiques des clients (décalage de covariables). 0..100.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Number of input features.</source>
        <translation>Nombre de caractéristiques d&apos;entrée.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Number of classes (2..1000).</source>
        <translation>Nombre de classes (2..1000).</translation>
    </message>
    <message>
        <source>Samples per client</source>
        <translation>Échantillons par client</translation>
    </message>
    <message>
        <source>Mean client size. Sizes follow a log-normal distribution around it, so some clients hold far more data than others.</source>
        <translation>Taille moyenne d&apos;un client. Les tailles suivent une loi log-normale autour de cette valeur, si bien que certains clients détiennent bien plus de données que d&apos;autres.</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>Échantillons de test</translation>
    </message>
    <message>
        <source>Size of the generated test set.</source>
        <translation>Taille du jeu de test généré.</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Échantillons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Use only the first N training samples — handy for quick experiments. “All” uses every sample.</source>
        <translation>N&apos;utiliser que les N premiers échantillons d&apos;entraînement — pratique pour des essais rapides. « Tous » utilise chaque échantillon.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Test samples used</source>
        <translation>Échantillons de test utilisés</translation>
    </message>
    <message>
        <source>Test on only the first N test samples. “All” uses every sample.</source>
        <translation>Tester uniquement sur les N premiers échantillons de test. « Tous » utilise chaque échantillon.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Which clients train in each round; the others sit the round out.</source>
        <translation>Quels clients s&apos;entraînent à chaque tour ; les autres passent leur tour.</translation>
    </message>
    <message>
        <source>Selected per round</source>
        <translation type="vanished">Sélectionnés par tour</translation>
    </message>
    <message>
        <source>Share of the clients that train in each round (FedAvg&apos;s C), in (0, 1]. 1 means every client, every round; 0.1 with 100 clients means about 10. Smaller shares make rounds cheaper but noisier.</source>
        <translation>Part des clients qui s&apos;entraînent à chaque tour (le C de FedAvg), dans (0, 1]. 1 signifie chaque client à chaque tour ; 0,1 avec 100 clients signifie environ 10. Des parts plus petites rendent les tours moins coûteux mais plus bruités.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>Never select fewer clients than this in a round, whatever the share says. At most the number of clients.</source>
        <translation>Ne jamais sélectionner moins de clients que cela dans un tour, quelle que soit la part. Au plus le nombre de clients.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>A uniform sample each round (FedAvg&apos;s sampling).</source>
        <translation>Un échantillon uniforme à chaque tour (l&apos;échantillonnage de FedAvg).</translation>
    </message>
    <message>
        <source>Energy-aware</source>
        <translation>Sobre en énergie</translation>
    </message>
    <message>
        <source>The clients that reach the round&apos;s sample target at the least modelled energy, while every client still gets a turn.</source>
        <translation>Les clients qui atteignent l&apos;objectif d&apos;échantillons du tour avec le moins d&apos;énergie modélisée, tout en laissant chaque client avoir son tour.</translation>
    </message>
    <message>
        <source>Deadline-aware</source>
        <translation>Selon l&apos;échéance</translation>
    </message>
    <message>
        <source>A uniform sample among the clients whose modelled round time fits the deadline.</source>
        <translation>Un échantillon uniforme parmi les clients dont la durée de tour modélisée respecte l&apos;échéance.</translation>
    </message>
    <message>
        <source>Selection policy</source>
        <translation>Politique de sélection</translation>
    </message>
    <message>
        <source>How the clients of a round are chosen. Energy-aware and deadline-aware selection use the device profiles and the deadline of the Energy section.</source>
        <translation>Comment les clients d&apos;un tour sont choisis. Les sélections sobre en énergie et selon l&apos;échéance utilisent les profils d&apos;appareil et l&apos;échéance de la section Énergie.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <source>Fairness: no client that can take part waits more than this many rounds for its next turn. Smaller values are fairer and cost more energy. Automatic: 4 × the fewest rounds in which every client can take a turn.</source>
        <translation>Équité : aucun client pouvant participer n&apos;attend plus que ce nombre de tours avant son prochain passage. Des valeurs plus petites sont plus équitables et coûtent plus d&apos;énergie. Automatique : 4 × le plus petit nombre de tours permettant à chaque client de passer.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Clients and partition</source>
        <translation>Clients et partition</translation>
    </message>
    <message>
        <source>How many clients there are and how the training data is split among them. Uneven splits (non-IID data) are what make federated learning harder than ordinary training; the preview shows each client&apos;s classes.</source>
        <translation>Combien de clients il y a et comment les données d&apos;entraînement sont réparties entre eux. Les répartitions inégales (données non IID) rendent l&apos;apprentissage fédéré plus difficile qu&apos;un entraînement ordinaire ; l&apos;aperçu montre les classes de chaque client.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>How many clients the training data is split among. More clients means less data each. For synthetic data, the number of generated users.</source>
        <translation>Le nombre de clients entre lesquels les données d&apos;entraînement sont réparties. Plus de clients signifie moins de données pour chacun. Pour les données synthétiques, le nombre d&apos;utilisateurs générés.</translation>
    </message>
    <message>
        <source>Synthetic data comes with its own clients, so there is nothing to split: its α and β set how different the clients are.</source>
        <translation>Les données synthétiques viennent avec leurs propres clients, il n&apos;y a donc rien à répartir : leurs α et β fixent à quel point les clients diffèrent.</translation>
    </message>
    <message>
        <source>Shuffled and dealt out evenly: every client sees every class in about the same proportions.</source>
        <translation>Mélangées et distribuées équitablement : chaque client voit chaque classe dans à peu près les mêmes proportions.</translation>
    </message>
    <message>
        <source>Dirichlet label skew</source>
        <translation>Déséquilibre d&apos;étiquettes de Dirichlet</translation>
    </message>
    <message>
        <source>Each client&apos;s mix of classes is drawn from Dirichlet(α).</source>
        <translation>Le mélange de classes de chaque client est tiré de Dirichlet(α).</translation>
    </message>
    <message>
        <source>Pathological shards</source>
        <translation>Fragments pathologiques</translation>
    </message>
    <message>
        <source>Data sorted by label is cut into shards; each client gets a few, so it sees only a few classes (McMahan et al. 2017).</source>
        <translation>Les données triées par étiquette sont découpées en fragments ; chaque client en reçoit quelques-uns et ne voit donc que quelques classes (McMahan et al. 2017).</translation>
    </message>
    <message>
        <source>Quantity skew</source>
        <translation>Déséquilibre de quantité</translation>
    </message>
    <message>
        <source>Labels stay IID but client sizes differ, drawn from Dirichlet(quantity α).</source>
        <translation>Les étiquettes restent IID mais les tailles des clients diffèrent, tirées de Dirichlet(α de quantité).</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>How the training set is dealt out to the clients.</source>
        <translation>Comment le jeu d&apos;entraînement est distribué aux clients.</translation>
    </message>
    <message>
        <source>α (concentration)</source>
        <translation>α (concentration)</translation>
    </message>
    <message>
        <source>Small means strong label skew: at 0.1 most clients hold one or two classes; at 0.5 the skew is clear but moderate; at 100 and above the split is nearly IID. Arrows halve and double it.</source>
        <translation>Petit signifie un fort déséquilibre d&apos;étiquettes : à 0,1 la plupart des clients détiennent une ou deux classes ; à 0,5 le déséquilibre est net mais modéré ; à partir de 100 la partition est presque IID. Les flèches le divisent par deux et le doublent.</translation>
    </message>
    <message>
        <source>Shards per client</source>
        <translation>Fragments par client</translation>
    </message>
    <message>
        <source>With 2, a client typically sees only 2 of the 10 classes; more shards means milder skew.</source>
        <translation>Avec 2, un client ne voit généralement que 2 des 10 classes ; plus de fragments signifie un déséquilibre plus doux.</translation>
    </message>
    <message>
        <source>Quantity α</source>
        <translation>α de quantité</translation>
    </message>
    <message>
        <source>Concentration of the client sizes. Small: a few clients hold most of the data; large: sizes close to equal. Arrows halve and double it.</source>
        <translation>Concentration des tailles des clients. Petit : quelques clients détiennent la plupart des données ; grand : des tailles presque égales. Les flèches le divisent par deux et le doublent.</translation>
    </message>
    <message>
        <source>Fewest samples</source>
        <translation>Minimum d&apos;échantillons</translation>
    </message>
    <message>
        <source>The fewest training samples a client may end up with; protects skewed splits against empty clients.</source>
        <translation>Le plus petit nombre d&apos;échantillons d&apos;entraînement qu&apos;un client peut recevoir ; protège les partitions déséquilibrées contre les clients vides.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The neural network every client trains a copy of.</source>
        <translation>Le réseau de neurones dont chaque client entraîne une copie.</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <source>One linear layer; the convex baseline.</source>
        <translation>Une seule couche linéaire ; la référence convexe.</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>A fully connected network with the hidden layers below.</source>
        <translation>Un réseau entièrement connecté avec les couches cachées ci-dessous.</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>The small convolutional network of McMahan et al. (2017); images only.</source>
        <translation>Le petit réseau convolutif de McMahan et al. (2017) ; images uniquement.</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>LeCun&apos;s LeNet-5; images only.</source>
        <translation>Le LeNet-5 de LeCun ; images uniquement.</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>Fichier TorchScript</translation>
    </message>
    <message>
        <source>Your own model, saved from PyTorch with torch.jit.save.</source>
        <translation>Votre propre modèle, enregistré depuis PyTorch avec torch.jit.save.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>The network. CNN and LeNet-5 need image data; MLP and logistic regression work on any data.</source>
        <translation>Le réseau. CNN et LeNet-5 demandent des données d&apos;images ; MLP et régression logistique fonctionnent sur toutes les données.</translation>
    </message>
    <message>
        <source>A module saved with torch.jit.save; its parameters are trained, averaged and hashed like the built-in models&apos;. Relative paths start at the spec file&apos;s folder.</source>
        <translation>Un module enregistré avec torch.jit.save ; ses paramètres sont entraînés, moyennés et hachés comme ceux des modèles intégrés. Les chemins relatifs partent du dossier du fichier de spec.</translation>
    </message>
    <message>
        <source>model.pt</source>
        <translation>model.pt</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, separated by commas: “200, 200” is McMahan et al.&apos;s 2NN. Empty makes it linear.</source>
        <translation>Largeurs des couches cachées du MLP, séparées par des virgules : « 200, 200 » est le 2NN de McMahan et al. Vide le rend linéaire.</translation>
    </message>
    <message>
        <source>none: a linear model</source>
        <translation>aucune : un modèle linéaire</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>What each selected client does with the global model in a round.</source>
        <translation>Ce que fait chaque client sélectionné avec le modèle global pendant un tour.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent, optionally with momentum.</source>
        <translation>Descente de gradient stochastique, éventuellement avec momentum.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adaptive moment estimation.</source>
        <translation>Estimation adaptative des moments.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>The optimizer each client trains with.</source>
        <translation>L&apos;optimiseur avec lequel chaque client s&apos;entraîne.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The client&apos;s step size, in (0, 10]. Too large and training diverges; too small and it crawls.</source>
        <translation>Le pas du client, dans (0, 10]. Trop grand et l&apos;entraînement diverge ; trop petit et il se traîne.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>SGD momentum, in [0, 1); 0.9 is common.</source>
        <translation>Momentum de SGD, dans [0, 1) ; 0,9 est courant.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>L2 penalty on the weights, in [0, 1]; keeps weights small.</source>
        <translation>Pénalité L2 sur les poids, dans [0, 1] ; garde les poids petits.</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients, in [0, 1).</source>
        <translation>Décroissance de la moyenne glissante des gradients d&apos;Adam, dans [0, 1).</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients, in [0, 1).</source>
        <translation>Décroissance de la moyenne glissante des gradients au carré d&apos;Adam, dans [0, 1).</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Adam&apos;s guard against dividing by zero, in (0, 1]. Arrows multiply and divide by 10.</source>
        <translation>La protection d&apos;Adam contre la division par zéro, dans (0, 1]. Les flèches multiplient et divisent par 10.</translation>
    </message>
    <message>
        <source>Local epochs</source>
        <translation>Époques locales</translation>
    </message>
    <message>
        <source>Passes over its own data a client makes per round (FedAvg&apos;s E). More local work means fewer rounds on IID data, but on skewed data clients drift towards their own optimum; FedProx&apos;s μ counteracts that.</source>
        <translation>Passes sur ses propres données qu&apos;un client effectue par tour (le E de FedAvg). Plus de travail local signifie moins de tours sur des données IID, mais sur des données déséquilibrées les clients dérivent vers leur propre optimum ; le μ de FedProx contrebalance cela.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Mini-batch size for local training (FedAvg&apos;s B).</source>
        <translation>Taille des mini-lots pour l&apos;entraînement local (le B de FedAvg).</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>How the server turns the clients&apos; models into the next global model.</source>
        <translation>Comment le serveur transforme les modèles des clients en nouveau modèle global.</translation>
    </message>
    <message>
        <source>FedAvg</source>
        <translation>FedAvg</translation>
    </message>
    <message>
        <source>Federated Averaging: the client models weighted by their samples.</source>
        <translation>Federated Averaging : les modèles des clients pondérés par leurs échantillons.</translation>
    </message>
    <message>
        <source>FedProx</source>
        <translation>FedProx</translation>
    </message>
    <message>
        <source>FedAvg&apos;s averaging, with a proximal term that keeps clients close to the global model on heterogeneous data.</source>
        <translation>La moyenne de FedAvg, avec un terme proximal qui garde les clients proches du modèle global sur des données hétérogènes.</translation>
    </message>
    <message>
        <source>FedAvgM</source>
        <translation>FedAvgM</translation>
    </message>
    <message>
        <source>FedAvg with server momentum (Hsu et al. 2019).</source>
        <translation>FedAvg avec momentum côté serveur (Hsu et al. 2019).</translation>
    </message>
    <message>
        <source>FedAdam</source>
        <translation>FedAdam</translation>
    </message>
    <message>
        <source>Adam on the server (Reddi et al. 2021).</source>
        <translation>Adam sur le serveur (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedYogi</source>
        <translation>FedYogi</translation>
    </message>
    <message>
        <source>Yogi on the server (Reddi et al. 2021).</source>
        <translation>Yogi sur le serveur (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedAdagrad</source>
        <translation>FedAdagrad</translation>
    </message>
    <message>
        <source>Adagrad on the server (Reddi et al. 2021).</source>
        <translation>Adagrad sur le serveur (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>SCAFFOLD</source>
        <translation>SCAFFOLD</translation>
    </message>
    <message>
        <source>Control variates correct client drift (Karimireddy et al. 2020).</source>
        <translation>Des variables de contrôle corrigent la dérive des clients (Karimireddy et al. 2020).</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Coordinate-wise median: robust to outliers.</source>
        <translation>Médiane coordonnée par coordonnée : robuste aux valeurs aberrantes.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Moyenne tronquée</translation>
    </message>
    <message>
        <source>Coordinate-wise mean without the extremes: robust.</source>
        <translation>Moyenne coordonnée par coordonnée sans les extrêmes : robuste.</translation>
    </message>
    <message>
        <source>Krum</source>
        <translation>Krum</translation>
    </message>
    <message>
        <source>The update closest to its neighbours (Blanchard et al. 2017).</source>
        <translation>La mise à jour la plus proche de ses voisines (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Multi-Krum</source>
        <translation>Multi-Krum</translation>
    </message>
    <message>
        <source>The mean of the m best-scored updates.</source>
        <translation>La moyenne des m mises à jour les mieux notées.</translation>
    </message>
    <message>
        <source>The aggregation strategy.</source>
        <translation>La stratégie d&apos;agrégation.</translation>
    </message>
    <message>
        <source>μ (proximal)</source>
        <translation>μ (proximal)</translation>
    </message>
    <message>
        <source>FedProx&apos;s μ, in [0, 100]. Clients add (μ/2)·‖w − w_global‖² to their loss: larger values restrain client drift more but slow local progress; 0 is FedAvg.</source>
        <translation>Le μ de FedProx, dans [0, 100]. Les clients ajoutent (μ/2)·‖w − w_global‖² à leur perte : des valeurs plus grandes freinent davantage la dérive des clients mais ralentissent la progression locale ; 0 équivaut à FedAvg.</translation>
    </message>
    <message>
        <source>Server learning rate</source>
        <translation>Taux d&apos;apprentissage du serveur</translation>
    </message>
    <message>
        <source>Scales the averaged update applied to the global model, in (0, 100]: 1 is plain averaging; below 1 damps rounds, above 1 extrapolates.</source>
        <translation>Met à l&apos;échelle la mise à jour moyennée appliquée au modèle global, dans (0, 100] : 1 est la moyenne simple ; en dessous de 1 amortit les tours, au-dessus de 1 extrapole.</translation>
    </message>
    <message>
        <source>Server momentum</source>
        <translation>Momentum du serveur</translation>
    </message>
    <message>
        <source>FedAvgM&apos;s β, in [0, 1): the server keeps a running average of past rounds&apos; updates and applies it, which smooths noisy rounds on skewed data.</source>
        <translation>Le β de FedAvgM, dans [0, 1) : le serveur garde une moyenne glissante des mises à jour des tours passés et l&apos;applique, ce qui lisse les tours bruités sur des données déséquilibrées.</translation>
    </message>
    <message>
        <source>β₁ (server)</source>
        <translation>β₁ (serveur)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s first moment (FedAdam, FedYogi, FedAdagrad), in [0, 1).</source>
        <translation>Décroissance du premier moment de l&apos;optimiseur du serveur (FedAdam, FedYogi, FedAdagrad), dans [0, 1).</translation>
    </message>
    <message>
        <source>β₂ (server)</source>
        <translation>β₂ (serveur)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s second moment (FedAdam, FedYogi), in [0, 1).</source>
        <translation>Décroissance du second moment de l&apos;optimiseur du serveur (FedAdam, FedYogi), dans [0, 1).</translation>
    </message>
    <message>
        <source>τ (adaptivity)</source>
        <translation>τ (adaptativité)</translation>
    </message>
    <message>
        <source>The adaptive optimizers&apos; guard added to the root of the second moment: smaller values adapt more strongly per coordinate (Reddi et al. 2021).</source>
        <translation>La protection des optimiseurs adaptatifs ajoutée à la racine du second moment : des valeurs plus petites adaptent plus fortement par coordonnée (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>Trim fraction</source>
        <translation>Fraction tronquée</translation>
    </message>
    <message>
        <source>Trimmed mean: the share of the largest and of the smallest values dropped in every coordinate before averaging; it should exceed the share of Byzantine clients.</source>
        <translation>Moyenne tronquée : la part des plus grandes et des plus petites valeurs écartées dans chaque coordonnée avant la moyenne ; elle doit dépasser la part de clients byzantins.</translation>
    </message>
    <message>
        <source>Byzantine updates tolerated (f)</source>
        <translation>Mises à jour byzantines tolérées (f)</translation>
    </message>
    <message>
        <source>Krum and Multi-Krum score each update by its distance to its n − f − 2 nearest neighbours (Blanchard et al. 2017).</source>
        <translation>Krum et Multi-Krum notent chaque mise à jour selon sa distance à ses n − f − 2 plus proches voisines (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Updates averaged (m)</source>
        <translation>Mises à jour moyennées (m)</translation>
    </message>
    <message>
        <source>Multi-Krum averages the m best-scored updates.</source>
        <translation>Multi-Krum fait la moyenne des m mises à jour les mieux notées.</translation>
    </message>
    <message>
        <source>n − f</source>
        <translation>n − f</translation>
    </message>
    <message>
        <source>Largest update norm</source>
        <translation>Norme maximale de mise à jour</translation>
    </message>
    <message>
        <source>Updates whose L2 norm exceeds this are rejected before aggregation and recorded as incidents; a cheap guard against scaled or exploding updates.</source>
        <translation>Les mises à jour dont la norme L2 dépasse cette valeur sont rejetées avant l&apos;agrégation et enregistrées comme incidents ; une protection peu coûteuse contre les mises à jour mises à l&apos;échelle ou explosives.</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>Adversaries</source>
        <translation>Adversaires</translation>
    </message>
    <message>
        <source>Byzantine clients to test how robust the strategy is: they train, then send a poisoned update (or none at all).</source>
        <translation>Des clients byzantins pour tester la robustesse de la stratégie : ils s&apos;entraînent, puis envoient une mise à jour empoisonnée (ou aucune).</translation>
    </message>
    <message>
        <source>Byzantine clients</source>
        <translation>Clients byzantins</translation>
    </message>
    <message>
        <source>How many clients misbehave, drawn at random from the seed (ignored when a list is given below).</source>
        <translation>Combien de clients se comportent mal, tirés au hasard à partir de la graine (ignoré si une liste est donnée ci-dessous).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Byzantine client list</source>
        <translation>Liste des clients byzantins</translation>
    </message>
    <message>
        <source>Exactly which clients misbehave (0-based indices, separated by commas).</source>
        <translation>Exactement quels clients se comportent mal (indices à partir de 0, séparés par des virgules).</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>tirés au hasard</translation>
    </message>
    <message>
        <source>Sign flip</source>
        <translation>Inversion de signe</translation>
    </message>
    <message>
        <source>Sends −scale × its honest update.</source>
        <translation>Envoie −échelle × sa mise à jour honnête.</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Sends scale × its honest update.</source>
        <translation>Envoie échelle × sa mise à jour honnête.</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>Bruit gaussien</translation>
    </message>
    <message>
        <source>Sends random noise instead of an update.</source>
        <translation>Envoie du bruit aléatoire au lieu d&apos;une mise à jour.</translation>
    </message>
    <message>
        <source>Label flipping</source>
        <translation>Inversion d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Trains on deliberately wrong labels.</source>
        <translation>S&apos;entraîne sur des étiquettes délibérément fausses.</translation>
    </message>
    <message>
        <source>Free rider</source>
        <translation>Passager clandestin</translation>
    </message>
    <message>
        <source>Returns the global model unchanged.</source>
        <translation>Renvoie le modèle global inchangé.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>What the Byzantine clients do.</source>
        <translation>Ce que font les clients byzantins.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>The factor of the sign-flip and scaled attacks.</source>
        <translation>Le facteur des attaques par inversion de signe et par mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Bruit σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian attack&apos;s noise, per coordinate.</source>
        <translation>Écart type du bruit de l&apos;attaque gaussienne, par coordonnée.</translation>
    </message>
    <message>
        <source>Adversary seed</source>
        <translation>Graine des adversaires</translation>
    </message>
    <message>
        <source>Mixed with the federation&apos;s seed to choose the Byzantine clients and their noise, so the same honest federation can be attacked in different ways.</source>
        <translation>Combinée à la graine de la fédération pour choisir les clients byzantins et leur bruit, afin que la même fédération honnête puisse être attaquée de différentes façons.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>How often and how the global model is tested.</source>
        <translation>À quelle fréquence et comment le modèle global est testé.</translation>
    </message>
    <message>
        <source>Every N rounds</source>
        <translation>Tous les N tours</translation>
    </message>
    <message>
        <source>Test the global model every N rounds; the last round is always tested. Larger values save time on long runs.</source>
        <translation>Tester le modèle global tous les N tours ; le dernier tour est toujours testé. Des valeurs plus grandes font gagner du temps sur les longues exécutions.</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Par client</translation>
    </message>
    <message>
        <source>Also test on each selected client&apos;s data</source>
        <translation>Tester aussi sur les données de chaque client sélectionné</translation>
    </message>
    <message>
        <source>Shows how unevenly the global model serves the clients. Costs extra time.</source>
        <translation>Montre à quel point le modèle global sert les clients de façon inégale. Coûte du temps supplémentaire.</translation>
    </message>
    <message>
        <source>Batch size for testing; affects memory and speed only, not the results.</source>
        <translation>Taille de lot pour le test ; n&apos;affecte que la mémoire et la vitesse, pas les résultats.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Every client runs on a device profile that says how fast and efficiently it computes and how it reaches the server. From it each client&apos;s energy, time and carbon are modelled in every round.</source>
        <translation>Chaque client fonctionne sur un profil d&apos;appareil qui indique la rapidité et l&apos;efficacité de ses calculs et la façon dont il atteint le serveur. L&apos;énergie, le temps et le carbone de chaque client sont modélisés à partir de lui à chaque tour.</translation>
    </message>
    <message>
        <source>Device mix</source>
        <translation>Répartition des appareils</translation>
    </message>
    <message>
        <source>Which devices the clients run on. Shares are relative: each profile gets its share of the clients, and which client gets which device is drawn from the seed.</source>
        <translation>Les appareils sur lesquels fonctionnent les clients. Les parts sont relatives : chaque profil reçoit sa part des clients, et l&apos;appareil de chaque client est tiré à partir de la graine.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>empty: use the device mix</source>
        <translation>vide : utiliser la répartition des appareils</translation>
    </message>
    <message>
        <source>Device per client</source>
        <translation>Appareil par client</translation>
    </message>
    <message>
        <source>An explicit device profile for each client, in client order, separated by commas; replaces the mix. Needs exactly one name per client.</source>
        <translation>Un profil d&apos;appareil explicite pour chaque client, dans l&apos;ordre des clients, séparés par des virgules ; remplace la répartition. Il faut exactement un nom par client.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Device profiles</source>
        <translation>Profils d&apos;appareil</translation>
    </message>
    <message>
        <source>The figures behind each device. Change a built-in profile&apos;s figures for this federation, or define a profile of your own (it must set every figure).</source>
        <translation>Les grandeurs derrière chaque appareil. Modifiez les grandeurs d&apos;un profil intégré pour cette fédération, ou définissez votre propre profil (il doit fixer chaque grandeur).</translation>
    </message>
    <message>
        <source>New device profile</source>
        <translation>Nouveau profil d&apos;appareil</translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. sensor):</source>
        <translation>Nom du nouveau profil (p. ex. sensor) :</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Il existe déjà un profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>The modelled time, in seconds, a selected client may take for a round (local training plus upload). Required by deadline-aware selection; energy-aware selection also leaves out clients that cannot meet it. None: no deadline.</source>
        <translation>Le temps modélisé, en secondes, dont un client sélectionné dispose pour un tour (entraînement local plus téléversement). Requise par la sélection selon l&apos;échéance ; la sélection sobre en énergie écarte aussi les clients qui ne peuvent pas la respecter. Aucune : pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Shared bandwidth (Hz)</source>
        <translation>Bande passante partagée (Hz)</translation>
    </message>
    <message>
        <source>Uplink bandwidth the selected clients share each round, split to minimise their transmit energy within the deadline. None: every client uses its device profile&apos;s own bandwidth.</source>
        <translation>Bande passante montante que les clients sélectionnés se partagent à chaque tour, répartie pour minimiser leur énergie d&apos;émission dans l&apos;échéance. Aucune : chaque client utilise la bande passante de son propre profil d&apos;appareil.</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>Contrôle de puissance</translation>
    </message>
    <message>
        <source>Lowest transmit power that meets the deadline</source>
        <translation>Puissance d&apos;émission minimale respectant l&apos;échéance</translation>
    </message>
    <message>
        <source>Each client transmits at the lowest power that still finishes its upload by the deadline, instead of at its maximum. Needs a deadline.</source>
        <translation>Chaque client émet à la plus faible puissance qui lui permet encore de terminer son téléversement avant l&apos;échéance, au lieu de sa puissance maximale. Nécessite une échéance.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensité carbone</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid, for every client. Per profile: each device profile&apos;s own figure.</source>
        <translation>Grammes de CO₂ par kWh du réseau, pour chaque client. Par profil : la valeur propre à chaque profil d&apos;appareil.</translation>
    </message>
    <message>
        <source>Per profile</source>
        <translation>Par profil</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Taille du téléversement</translation>
    </message>
    <message>
        <source>Bytes each client uploads per round. Automatic: the size of the encoded update (4 bytes per parameter plus a small header).</source>
        <translation>Octets que chaque client téléverse par tour. Automatique : la taille de la mise à jour encodée (4 octets par paramètre plus un petit en-tête).</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation>FLOP par échantillon</translation>
    </message>
    <message>
        <source>Training FLOPs per sample. Automatic: 6 × the model&apos;s multiply-accumulates per forward pass.</source>
        <translation>FLOP d&apos;entraînement par échantillon. Automatique : 6 × les multiplications-accumulations du modèle par passe avant.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Puissance en veille</translation>
    </message>
    <message>
        <source>Charge idle power while waiting for the round</source>
        <translation>Compter la puissance en veille pendant l&apos;attente du tour</translation>
    </message>
    <message>
        <source>Also charge each selected client&apos;s idle power while it waits for the slowest selected client. Off by default, as in the standard model: a device that is on anyway spends that power whether or not it takes part.</source>
        <translation>Compter aussi la puissance en veille de chaque client sélectionné pendant qu&apos;il attend le client sélectionné le plus lent. Désactivé par défaut, comme dans le modèle standard : un appareil allumé de toute façon dépense cette puissance qu&apos;il participe ou non.</translation>
    </message>
    <message>
        <source>Audit ledger</source>
        <translation>Registre d&apos;audit</translation>
    </message>
    <message>
        <source>Every run keeps a hash-chained, signed ledger of its rounds. This decides what else it keeps for auditors.</source>
        <translation>Chaque exécution tient un registre signé et chaîné par hachage de ses tours. Ceci décide de ce qu&apos;il conserve en plus pour les auditeurs.</translation>
    </message>
    <message>
        <source>Client updates</source>
        <translation>Mises à jour des clients</translation>
    </message>
    <message>
        <source>Keep every accepted client update</source>
        <translation>Conserver chaque mise à jour acceptée</translation>
    </message>
    <message>
        <source>Also store every accepted client update in the run file, so that an auditor can replay each aggregation. Costs one model&apos;s size per update.</source>
        <translation>Stocker aussi chaque mise à jour acceptée des clients dans le fichier d&apos;exécution, afin qu&apos;un auditeur puisse réexécuter chaque agrégation. Coûte la taille d&apos;un modèle par mise à jour.</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Machine resources; not part of the federation&apos;s design, and without effect on its results.</source>
        <translation>Ressources de la machine ; ne font pas partie de la conception de la fédération et n&apos;ont aucun effet sur ses résultats.</translation>
    </message>
    <message>
        <source>Training threads</source>
        <translation>Threads d&apos;entraînement</translation>
    </message>
    <message>
        <source>How many clients train at the same time on this machine. Automatic: one per CPU core.</source>
        <translation>Combien de clients s&apos;entraînent en même temps sur cette machine. Automatique : un par cœur de CPU.</translation>
    </message>
    <message>
        <source>%1 (defined here)</source>
        <translation>%1 (défini ici)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Go back to the built-in figures of this profile.</source>
        <translation>Revenir aux grandeurs intégrées de ce profil.</translation>
    </message>
    <message>
        <source>Remove this profile from the spec.</source>
        <translation>Retirer ce profil de la spec.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Differential privacy bounds how much any one client&apos;s data can change what the models reveal, as an (ε, δ) guarantee that grows with every round (docs/privacy.md).</source>
        <translation>La confidentialité différentielle borne la mesure dans laquelle les données d&apos;un seul client peuvent modifier ce que révèlent les modèles, sous la forme d&apos;une garantie (ε, δ) qui croît à chaque tour (docs/privacy.md).</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Confidentialité différentielle</translation>
    </message>
    <message>
        <source>Clip updates and add Gaussian noise</source>
        <translation>Écrêter les mises à jour et ajouter un bruit gaussien</translation>
    </message>
    <message>
        <source>DP-FedAvg (McMahan et al. 2018): every update is clipped to the clip norm and Gaussian noise is added; a Rényi-DP accountant reports ε after every round. Needs FedAvg, FedProx or FedAvgM.</source>
        <translation>DP-FedAvg (McMahan et al. 2018) : chaque mise à jour est écrêtée à la norme d&apos;écrêtage et un bruit gaussien est ajouté ; un comptable de Rényi-DP indique ε après chaque tour. Nécessite FedAvg, FedProx ou FedAvgM.</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Selected per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation type="vanished">Le coordinateur écrête les mises à jour et ajoute du bruit une seule fois à leur moyenne. Chaque client participe avec la probabilité « Sélectionnés par tour », par son propre tirage. Faible coût en précision ; le coordinateur doit être digne de confiance.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Every node clips and noises its own update before sending it, so not even the coordinator sees it in clear. Much noisier; ε is per node.</source>
        <translation>Chaque nœud écrête et bruite sa propre mise à jour avant de l&apos;envoyer, si bien que même le coordinateur ne la voit pas en clair. Beaucoup plus bruité ; ε s&apos;entend par nœud.</translation>
    </message>
    <message>
        <source>Where noise is added</source>
        <translation>Où le bruit est ajouté</translation>
    </message>
    <message>
        <source>Central: once, at the coordinator. Local: by every node, before its update leaves.</source>
        <translation>Central : une fois, au coordinateur. Local : par chaque nœud, avant que sa mise à jour ne parte.</translation>
    </message>
    <message>
        <source>Noise multiplier (z)</source>
        <translation>Multiplicateur de bruit (z)</translation>
    </message>
    <message>
        <source>The noise&apos;s standard deviation over the clip norm. Larger: smaller ε per round, noisier models. Central noise per coordinate is z × C / (expected clients per round).</source>
        <translation>L&apos;écart type du bruit rapporté à la norme d&apos;écrêtage. Plus grand : ε plus petit par tour, modèles plus bruités. Le bruit central par coordonnée vaut z × C / (nombre attendu de clients par tour).</translation>
    </message>
    <message>
        <source>Clip norm (C)</source>
        <translation>Norme d&apos;écrêtage (C)</translation>
    </message>
    <message>
        <source>Every update is scaled down to at most this L2 norm, which bounds what one client can change. Too small slows learning; too large wastes the noise.</source>
        <translation>Chaque mise à jour est ramenée à au plus cette norme L2, ce qui borne ce qu&apos;un seul client peut changer. Trop petite, elle ralentit l&apos;apprentissage ; trop grande, elle gaspille le bruit.</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>The small probability the ε bound may fail; keep it below 1 / clients.</source>
        <translation>La faible probabilité que la borne ε ne tienne pas ; gardez-la sous 1 / clients.</translation>
    </message>
    <message>
        <source>Privacy budget (ε)</source>
        <translation>Budget de confidentialité (ε)</translation>
    </message>
    <message>
        <source>The run stops before a round that would take ε past this budget.</source>
        <translation>L&apos;exécution s&apos;arrête avant un tour qui ferait dépasser ce budget à ε.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <source>Secure aggregation</source>
        <translation>Agrégation sécurisée</translation>
    </message>
    <message>
        <source>The coordinator sees only masked updates and their sum</source>
        <translation>Le coordinateur ne voit que des mises à jour masquées et leur somme</translation>
    </message>
    <message>
        <source>Pairwise masking (Bonawitz et al. 2017): nodes mask their updates with keys they agree on in pairs, so the masks cancel only in the sum. Needs an averaging strategy (not median, trimmed mean, Krum or SCAFFOLD).</source>
        <translation>Masquage par paires (Bonawitz et al. 2017) : les nœuds masquent leurs mises à jour avec des clés convenues deux à deux, de sorte que les masques ne s&apos;annulent que dans la somme. Nécessite une stratégie de moyenne (ni la médiane, ni la moyenne tronquée, ni Krum, ni SCAFFOLD).</translation>
    </message>
    <message>
        <source>Threshold (t)</source>
        <translation>Seuil (t)</translation>
    </message>
    <message>
        <source>Nodes needed to unmask a round: a fraction of the round&apos;s nodes in (0.5, 1], or a whole number ≥ 2. Up to n − t nodes may drop out; with more the round keeps the model and records an incident.</source>
        <translation>Nœuds nécessaires pour démasquer un tour : une fraction des nœuds du tour dans ]0,5 ; 1], ou un nombre entier ≥ 2. Jusqu&apos;à n − t nœuds peuvent abandonner ; au-delà, le tour conserve le modèle et enregistre un incident.</translation>
    </message>
    <message>
        <source>Fixed-point bits (f)</source>
        <translation>Bits en virgule fixe (f)</translation>
    </message>
    <message>
        <source>Updates are sent as round(samples × update × 2^f) in 64-bit integers so that the masks cancel exactly. More bits: finer values, a smaller largest value.</source>
        <translation>Les mises à jour sont envoyées sous la forme round(échantillons × mise à jour × 2^f) en entiers de 64 bits, pour que les masques s&apos;annulent exactement. Plus de bits : des valeurs plus fines, une plus petite valeur maximale.</translation>
    </message>
    <message>
        <source>Simulated dropouts</source>
        <translation>Abandons simulés</translation>
    </message>
    <message>
        <source>Simulation only: the chance that a node drops out after masking, so that its masked update never arrives. Seeded, so runs stay reproducible.</source>
        <translation>Simulation uniquement : la probabilité qu&apos;un nœud abandonne après le masquage, si bien que sa mise à jour masquée n&apos;arrive jamais. Dérivée de la graine, pour que les exécutions restent reproductibles.</translation>
    </message>
    <message>
        <source>Contribution and rewards</source>
        <translation>Contributions et récompenses</translation>
    </message>
    <message>
        <source>Scores each accepted update by its Shapley value on a validation split the coordinator holds out, and pays rewards recorded on the ledger.</source>
        <translation>Évalue chaque mise à jour acceptée par sa valeur de Shapley sur une partie de validation que le coordinateur réserve, et verse des récompenses consignées dans le registre.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Score contributions and pay rewards</source>
        <translation>Évaluer les contributions et verser des récompenses</translation>
    </message>
    <message>
        <source>Costs evaluations every round (docs/contribution.md measures how many); holds validation samples out of the training set.</source>
        <translation>Coûte des évaluations à chaque tour (docs/contribution.md mesure combien) ; réserve des échantillons de validation pris sur le jeu d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Exact up to 8 updates, then GTG-Shapley, leave-one-out or cosine as the budget allows.</source>
        <translation>Exact jusqu&apos;à 8 mises à jour, puis GTG-Shapley, leave-one-out ou similarité cosinus selon ce que permet le budget.</translation>
    </message>
    <message>
        <source>Exact Shapley</source>
        <translation>Shapley exact</translation>
    </message>
    <message>
        <source>Every coalition; at most 8 updates per round.</source>
        <translation>Toutes les coalitions ; au plus 8 mises à jour par tour.</translation>
    </message>
    <message>
        <source>GTG-Shapley</source>
        <translation>GTG-Shapley</translation>
    </message>
    <message>
        <source>Guided truncated sampling within the budget.</source>
        <translation>Échantillonnage tronqué guidé dans la limite du budget.</translation>
    </message>
    <message>
        <source>Truncated Monte-Carlo</source>
        <translation>Monte-Carlo tronqué</translation>
    </message>
    <message>
        <source>Random permutations within the budget.</source>
        <translation>Permutations aléatoires dans la limite du budget.</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <source>One evaluation per update, plus one.</source>
        <translation>Une évaluation par mise à jour, plus une.</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>Similarité cosinus</translation>
    </message>
    <message>
        <source>Similarity to the median update; one evaluation.</source>
        <translation>Similarité avec la mise à jour médiane ; une évaluation.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>How scores are computed.</source>
        <translation>Comment les scores sont calculés.</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>Budget d&apos;évaluation</translation>
    </message>
    <message>
        <source>Coalition evaluations per round for the sampling methods.</source>
        <translation>Évaluations de coalitions par tour pour les méthodes d&apos;échantillonnage.</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>Échantillons de validation</translation>
    </message>
    <message>
        <source>Training samples the coordinator holds out to score updates on.</source>
        <translation>Échantillons d&apos;entraînement que le coordinateur réserve pour évaluer les mises à jour.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Enveloppe de récompenses</translation>
    </message>
    <message>
        <source>Reward units shared among each round&apos;s contributors.</source>
        <translation>Unités de récompense réparties entre les contributeurs de chaque tour.</translation>
    </message>
    <message>
        <source>Energy weight</source>
        <translation>Poids de l&apos;énergie</translation>
    </message>
    <message>
        <source>Share of the pool paid by score per joule instead of by score.</source>
        <translation>Part de l&apos;enveloppe versée selon le score par joule plutôt que selon le score.</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Where the clients run: simulated inside this program, or as fednode processes on this computer or on SSH hosts that join over mutual TLS with the kits File &gt; Provision Nodes makes (docs/nodes.md).</source>
        <translation>Où s&apos;exécutent les clients : simulés dans ce programme, ou comme processus fednode sur cet ordinateur ou sur des hôtes SSH qui se connectent en TLS mutuel avec les kits créés par Fichier &gt; Provisionner les nœuds (docs/nodes.md).</translation>
    </message>
    <message>
        <source>In this program</source>
        <translation>Dans ce programme</translation>
    </message>
    <message>
        <source>Every client is a simulated thread of the coordinator; nothing to provision.</source>
        <translation>Chaque client est un thread simulé du coordinateur ; rien à provisionner.</translation>
    </message>
    <message>
        <source>Local fednode processes</source>
        <translation>Processus fednode locaux</translation>
    </message>
    <message>
        <source>One fednode process per client on this computer, each with its own kit.</source>
        <translation>Un processus fednode par client sur cet ordinateur, chacun avec son propre kit.</translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation>Hôtes SSH</translation>
    </message>
    <message>
        <source>The kits are copied with scp and fednode is started with ssh on the hosts below, client i on host i mod n.</source>
        <translation>Les kits sont copiés avec scp et fednode est démarré avec ssh sur les hôtes ci-dessous, le client i sur l&apos;hôte i mod n.</translation>
    </message>
    <message>
        <source>Clients run</source>
        <translation>Exécution des clients</translation>
    </message>
    <message>
        <source>In this program (simulation), as local fednode processes, or on SSH hosts. The networked modes need a provisioned kit folder whose node count equals Clients.</source>
        <translation>Dans ce programme (simulation), comme processus fednode locaux, ou sur des hôtes SSH. Les modes en réseau nécessitent un dossier de kits provisionné dont le nombre de nœuds est égal à Clients.</translation>
    </message>
    <message>
        <source>Kit folder</source>
        <translation>Dossier des kits</translation>
    </message>
    <message>
        <source>The folder File &gt; Provision Nodes (or fedctl provision --out) wrote, with coordinator/ and nodes/. Relative to the spec&apos;s folder.</source>
        <translation>Le dossier écrit par Fichier &gt; Provisionner les nœuds (ou fedctl provision --out), avec coordinator/ et nodes/. Relatif au dossier de la spec.</translation>
    </message>
    <message>
        <source>e.g. kits</source>
        <translation>p. ex. kits</translation>
    </message>
    <message>
        <source>Choose the kit folder</source>
        <translation>Choisir le dossier des kits</translation>
    </message>
    <message>
        <source>Provision…</source>
        <translation>Provisionner…</translation>
    </message>
    <message>
        <source>Make a federation CA and one startup kit per client (File &gt; Provision Nodes).</source>
        <translation>Créer une AC de fédération et un kit de démarrage par client (Fichier &gt; Provisionner les nœuds).</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>HOST:PORT the coordinator listens on, e.g. 0.0.0.0:7443 to accept other machines. Empty: the address the kit was provisioned with.</source>
        <translation>HÔTE:PORT sur lequel le coordinateur écoute, p. ex. 0.0.0.0:7443 pour accepter d&apos;autres machines. Vide : l&apos;adresse avec laquelle le kit a été provisionné.</translation>
    </message>
    <message>
        <source>the kit&apos;s address</source>
        <translation>l&apos;adresse du kit</translation>
    </message>
    <message>
        <source>Round deadline (s)</source>
        <translation>Délai du tour (s)</translation>
    </message>
    <message>
        <source>A selected node that has sent no update by then is a dropout. A node that misses five heartbeats is a dropout at once.</source>
        <translation>Un nœud sélectionné qui n&apos;a envoyé aucune mise à jour d&apos;ici là est un abandon. Un nœud qui manque cinq heartbeats est aussitôt un abandon.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Updates a round needs at its deadline: a fraction of the selected nodes (up to 1), or above 1 a count. Short of it, the run stops with an error naming the round.</source>
        <translation>Mises à jour nécessaires à un tour à son délai : une fraction des nœuds sélectionnés (jusqu&apos;à 1), ou au-delà de 1 un nombre. En deçà, l&apos;exécution s&apos;arrête avec une erreur nommant le tour.</translation>
    </message>
    <message>
        <source>the spec&apos;s partition</source>
        <translation type="vanished">la partition de la spec</translation>
    </message>
    <message>
        <source>Node data</source>
        <translation>Données des nœuds</translation>
    </message>
    <message>
        <source>Per node, separated by semicolons: a data path on the node&apos;s machine to train on instead of the spec&apos;s partition (fednode --data). Leave an entry empty to keep the partition for that node.</source>
        <translation type="vanished">Par nœud, séparés par des points-virgules : un chemin de données sur la machine du nœud sur lequel entraîner au lieu de la partition de la spec (fednode --data). Laissez une entrée vide pour garder la partition de ce nœud.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>fednode program</source>
        <translation>Programme fednode</translation>
    </message>
    <message>
        <source>SSH options</source>
        <translation>Options SSH</translation>
    </message>
    <message>
        <source>[user@]host, as you would give it to ssh</source>
        <translation>[user@]host, tel que vous le donneriez à ssh</translation>
    </message>
    <message>
        <source>ssh -i FILE; empty: the SSH agent or ~/.ssh defaults</source>
        <translation>ssh -i FICHIER ; vide : l&apos;agent SSH ou les valeurs par défaut de ~/.ssh</translation>
    </message>
    <message>
        <source>The fednode program on that host</source>
        <translation>Le programme fednode sur cet hôte</translation>
    </message>
    <message>
        <source>ssh -o options, NAME=VALUE, separated by spaces (e.g. UserKnownHostsFile=/path/known_hosts)</source>
        <translation>Options ssh -o, NOM=VALEUR, séparées par des espaces (p. ex. UserKnownHostsFile=/path/known_hosts)</translation>
    </message>
    <message>
        <source>Client i runs on host i mod n. Add a row per machine; the kit goes to ~/.fedstudio/kits there and fednode&apos;s log streams back.</source>
        <translation>Le client i s&apos;exécute sur l&apos;hôte i mod n. Ajoutez une ligne par machine ; le kit va dans ~/.fedstudio/kits sur celle-ci et le journal de fednode est renvoyé en continu.</translation>
    </message>
    <message>
        <source>row %1: the SSH port “%2” is not a whole number</source>
        <translation>ligne %1 : le port SSH « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>Remove the selected host</source>
        <translation>Supprimer l&apos;hôte sélectionné</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>Chemin des données</translation>
    </message>
    <message>
        <source>The node&apos;s kit name; client i is node i</source>
        <translation>Le nom du kit du nœud ; le client i est le nœud i</translation>
    </message>
    <message>
        <source>fednode --data: a path on the node&apos;s machine; empty: the spec&apos;s partition</source>
        <translation>fednode --data : un chemin sur la machine du nœud ; vide : la partition de la spec</translation>
    </message>
    <message>
        <source>Per node, a data set on its machine to train on instead of the spec&apos;s partition (fednode --data), of the spec&apos;s data kind. Leave a row empty to keep the partition for that node.</source>
        <translation>Pour chaque nœud, un jeu de données sur sa machine sur lequel s&apos;entraîner au lieu de la partition de la spec (fednode --data), du type de données de la spec. Laissez une ligne vide pour garder la partition pour ce nœud.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Train the selected node on the spec&apos;s partition again</source>
        <translation>Entraîner de nouveau le nœud sélectionné sur la partition de la spec</translation>
    </message>
    <message>
        <source>Synthetic data has no files to choose</source>
        <translation>Les données synthétiques n&apos;ont pas de fichiers à choisir</translation>
    </message>
    <message>
        <source>The path is on the SSH host: type it in the table</source>
        <translation>Le chemin est sur l&apos;hôte SSH : saisissez-le dans le tableau</translation>
    </message>
    <message>
        <source>Choose the selected node&apos;s data on this computer</source>
        <translation>Choisir les données du nœud sélectionné sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (no such client)</source>
        <translation>%1 (client inexistant)</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Données de %1</translation>
    </message>
    <message>
        <source>Fraction of clients per round (0–1)</source>
        <translation>Fraction des clients par tour (0–1)</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Fraction of clients per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation>Le coordinateur écrête les mises à jour et ajoute du bruit une seule fois à leur moyenne. Chaque client participe avec la probabilité « Fraction des clients par tour », par son propre tirage. Faible coût en précision ; le coordinateur doit être digne de confiance.</translation>
    </message>
    <message>
        <source>Join window (s)</source>
        <translation>Fenêtre d&apos;adhésion (s)</translation>
    </message>
    <message>
        <source>How long after the start a node that has not joined yet is waited for (an SSH copy, a slow host) before round 1 starts without it; rounds wait for it until then too. The wait ends early when every missing node has failed to launch. 0: the round deadline.</source>
        <translation>Combien de temps après le démarrage on attend un nœud qui n&apos;a pas encore rejoint (une copie SSH, un hôte lent) avant que le tour 1 ne commence sans lui ; jusque-là, les tours l&apos;attendent aussi. L&apos;attente prend fin plus tôt lorsque le lancement de chaque nœud manquant a échoué. 0 : le délai du tour.</translation>
    </message>
    <message>
        <source>round deadline</source>
        <translation>délai du tour</translation>
    </message>
</context>
<context>
    <name>fed::viewer::AuditWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open for Audit…</source>
        <translation>&amp;Ouvrir pour audit…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Show &amp;Block</source>
        <translation>Afficher le &amp;bloc</translation>
    </message>
    <message>
        <source>Show &amp;Lineage</source>
        <translation>Afficher la &amp;lignée</translation>
    </message>
    <message>
        <source>Read-only audit: the run file is never written</source>
        <translation>Audit en lecture seule : le fichier d&apos;exécution n&apos;est jamais modifié</translation>
    </message>
    <message>
        <source>Cannot Open for Audit</source>
        <translation>Impossible d&apos;ouvrir pour audit</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>« %1 » n&apos;a pas pu être ouvert :
%2</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Ouvrir une exécution pour audit</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Exécutions de fédération (*.fedrun);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>%1 — Audit (read-only)</source>
        <translation>%1 — Audit (lecture seule)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockDetailView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>The block before this one (its previous hash)</source>
        <translation>Le bloc précédant celui-ci (son hachage précédent)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Trace Lineage</source>
        <translation>Retracer la lignée</translation>
    </message>
    <message>
        <source>Show where this block&apos;s model came from, back to genesis</source>
        <translation>Montrer d&apos;où vient le modèle de ce bloc, jusqu&apos;à la genèse</translation>
    </message>
    <message>
        <source>SHA-256 (block hash):</source>
        <translation>SHA-256 (hachage du bloc) :</translation>
    </message>
    <message>
        <source>Signed message:</source>
        <translation>Message signé :</translation>
    </message>
    <message>
        <source>Coordinator signature:</source>
        <translation>Signature du coordinateur :</translation>
    </message>
    <message>
        <source>Copy Bytes as Hex</source>
        <translation>Copier les octets en hexadécimal</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Raw Bytes</source>
        <translation>Octets bruts</translation>
    </message>
    <message>
        <source>Not verified yet. Verify checks every hash link, signature, Merkle root and stored model of the chain, and replays the rounds whose updates are stored.</source>
        <translation>Pas encore vérifié. Vérifier contrôle chaque lien de hachage, signature, racine de Merkle et modèle stocké de la chaîne, et réexécute les tours dont les mises à jour sont stockées.</translation>
    </message>
    <message>
        <source>✓ Valid: this block&apos;s hash link, coordinator signature, node signatures, Merkle root and stored blobs check out, and so does every block before it.</source>
        <translation>✓ Valide : le lien de hachage, la signature du coordinateur, les signatures des nœuds, la racine de Merkle et les blobs stockés de ce bloc sont corrects, de même que chaque bloc précédent.</translation>
    </message>
    <message>
        <source>Replaying its aggregation from the stored updates gives its model.</source>
        <translation>La réexécution de son agrégation à partir des mises à jour stockées donne son modèle.</translation>
    </message>
    <message>
        <source>Its updates were not stored, so it was not replayed.</source>
        <translation>Ses mises à jour n&apos;ont pas été stockées, il n&apos;a donc pas été réexécuté.</translation>
    </message>
    <message>
        <source>✗ INVALID — the first bad block of the chain: %1</source>
        <translation>✗ INVALIDE — le premier bloc invalide de la chaîne : %1</translation>
    </message>
    <message>
        <source>⚠ Untrusted — %1</source>
        <translation>⚠ Non fiable — %1</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Aucun bloc sélectionné</translation>
    </message>
    <message>
        <source>Select a block in the list to see everything it records.</source>
        <translation>Sélectionnez un bloc dans la liste pour voir tout ce qu&apos;il enregistre.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>Cannot be read:</source>
        <translation>Illisible :</translation>
    </message>
    <message>
        <source>Block 0 · genesis</source>
        <translation>Bloc 0 · genèse</translation>
    </message>
    <message>
        <source>Block %1 · round %2</source>
        <translation>Bloc %1 · tour %2</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>%1 (format version %2)</source>
        <translation>%1 (version de format %2)</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>%1 local · %2</source>
        <translation>%1 local · %2</translation>
    </message>
    <message>
        <source>Block hash:</source>
        <translation>Hachage du bloc :</translation>
    </message>
    <message>
        <source>Previous block:</source>
        <translation>Bloc précédent :</translation>
    </message>
    <message>
        <source>(none: genesis)</source>
        <translation>(aucun : genèse)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Federation id:</source>
        <translation>Id de la fédération :</translation>
    </message>
    <message>
        <source>Federation:</source>
        <translation>Fédération :</translation>
    </message>
    <message>
        <source>Spec hash:</source>
        <translation>Hachage de la spec :</translation>
    </message>
    <message>
        <source>✓ SHA-256 of the spec</source>
        <translation>✓ SHA-256 de la spec</translation>
    </message>
    <message>
        <source>✗ not the spec&apos;s SHA-256</source>
        <translation>✗ pas le SHA-256 de la spec</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Clé du coordinateur :</translation>
    </message>
    <message>
        <source>Coordinator id:</source>
        <translation>Id du coordinateur :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Initial model:</source>
        <translation>Modèle initial :</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>Logiciel :</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Tour :</translation>
    </message>
    <message>
        <source>Parent model:</source>
        <translation>Modèle parent :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Strategy state:</source>
        <translation>État de la stratégie :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Stratégie :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nœuds :</translation>
    </message>
    <message>
        <source>%1 selected · %2 accepted · %3 incident(s)</source>
        <translation type="vanished">%1 sélectionnés · %2 acceptés · %3 incident(s)</translation>
    </message>
    <message>
        <source>Merkle root:</source>
        <translation>Racine de Merkle :</translation>
    </message>
    <message>
        <source>✓ the updates give this root</source>
        <translation>✓ les mises à jour donnent cette racine</translation>
    </message>
    <message>
        <source>✗ the updates give %1</source>
        <translation>✗ les mises à jour donnent %1</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Énergie :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>The block&apos;s canonical encoding (docs/ledger-format.md), %1 bytes. Its SHA-256 is the block hash; the coordinator signs the message below.</source>
        <translation>L&apos;encodage canonique du bloc (docs/ledger-format.md), %1 octets. Son SHA-256 est le hachage du bloc ; le coordinateur signe le message ci-dessous.</translation>
    </message>
    <message>
        <source>The first %1 bytes are shown; Copy Bytes copies them all.</source>
        <translation>Les %1 premiers octets sont affichés ; Copier les octets les copie tous.</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <source>Contributions:</source>
        <translation>Contributions :</translation>
    </message>
    <message>
        <source>%1 · reward rule %2 (%3) · %4 paid out — %5</source>
        <translation>%1 · règle de récompense %2 (%3) · %4 versé — %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected · %2 accepted · %n incident(s)</source>
        <translation>
            <numerusform>%1 sélectionnés · %2 acceptés · %n incident</numerusform>
            <numerusform>%1 sélectionnés · %2 acceptés · %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockListModel</name>
    <message>
        <source>No block is stored at this height: it is missing from the chain.</source>
        <translation>Aucun bloc n&apos;est stocké à cette hauteur : il manque dans la chaîne.</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to check the whole chain.</source>
        <translation>Pas encore vérifié : appuyez sur Vérifier pour contrôler toute la chaîne.</translation>
    </message>
    <message>
        <source>Model %1
Block %2</source>
        <translation>Modèle %1
Bloc %2</translation>
    </message>
    <message>
        <source>%1 accepted of %2 selected; %3 incident(s)</source>
        <translation type="vanished">%1 acceptés sur %2 sélectionnés ; %3 incident(s)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
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
        <translation>Mises à jour acceptées / nœuds sélectionnés ; ⚠ quand certaines ont été rejetées ou abandonnées</translation>
    </message>
    <message>
        <source>The global model&apos;s test accuracy after the round</source>
        <translation>La précision de test du modèle global après le tour</translation>
    </message>
    <message>
        <source>The round&apos;s modelled energy: computation, communication and idle</source>
        <translation>L&apos;énergie modélisée du tour : calcul, communication et veille</translation>
    </message>
    <message>
        <source>What the last verification found</source>
        <translation>Ce qu&apos;a trouvé la dernière vérification</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted of %2 selected; %n incident(s)</source>
        <translation>
            <numerusform>%1 acceptés sur %2 sélectionnés ; %n incident</numerusform>
            <numerusform>%1 acceptés sur %2 sélectionnés ; %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::ContributionsModel</name>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Model it went into</source>
        <translation>Modèle auquel elle a contribué</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Its update</source>
        <translation>Sa mise à jour</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Précision du modèle</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Son énergie</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Score de contribution</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
</context>
<context>
    <name>fed::viewer::CopyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>&amp;Copier %1</translation>
    </message>
</context>
<context>
    <name>fed::viewer::HashLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>fed::viewer::IncidentsModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Id du nœud %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>none arrived</source>
        <translation>aucune n&apos;est arrivée</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Hachage de la mise à jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LedgerExplorer</name>
    <message>
        <source>Search: hash prefix, node id, client 3, round 12, or a time (2024-11-21 10:30)</source>
        <translation type="vanished">Rechercher : préfixe de hachage, id de nœud, client 3, tour 12, ou une heure (2024-11-21 10:30)</translation>
    </message>
    <message>
        <source>A block, model or update hash prefix; a node id prefix or “client 3”; a round number; or a date and time — Enter jumps to the first match.</source>
        <translation>Un préfixe de hachage de bloc, de modèle ou de mise à jour ; un préfixe d&apos;id de nœud ou « client 3 » ; un numéro de tour ; ou une date et une heure — Entrée va au premier résultat.</translation>
    </message>
    <message>
        <source>&amp;Find in Ledger</source>
        <translation>&amp;Rechercher dans le registre</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Check every hash link, signature, Merkle root and stored model, in the background</source>
        <translation>Contrôler chaque lien de hachage, signature, racine de Merkle et modèle stocké, en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the verification or the report</source>
        <translation>Arrêter la vérification ou le rapport</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>&amp;Exporter le rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Write the chosen model&apos;s audit report as HTML or PDF</source>
        <translation>Écrire le rapport d&apos;audit du modèle choisi en HTML ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Print Audit Report…</source>
        <translation>&amp;Imprimer le rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Réexécuter</translation>
    </message>
    <message>
        <source>Also recompute each round&apos;s aggregation from its stored updates and compare the model hash</source>
        <translation>Recalculer aussi l&apos;agrégation de chaque tour à partir de ses mises à jour stockées et comparer le hachage du modèle</translation>
    </message>
    <message>
        <source>Follow new blocks</source>
        <translation>Suivre les nouveaux blocs</translation>
    </message>
    <message>
        <source>Add the blocks of a running federation as it commits its rounds</source>
        <translation>Ajouter les blocs d&apos;une fédération en cours à mesure qu&apos;elle valide ses tours</translation>
    </message>
    <message>
        <source>Copy &amp;Block Hash</source>
        <translation>Copier le hachage du &amp;bloc</translation>
    </message>
    <message>
        <source>Copy &amp;Model Hash</source>
        <translation>Copier le hachage du &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Trace Lineage</source>
        <translation>Re&amp;tracer la lignée</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the search results</source>
        <translation>Fermer les résultats de recherche</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Lignée</translation>
    </message>
    <message>
        <source>Cannot open the run file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;exécution : %1</translation>
    </message>
    <message>
        <source>Its blocks appear here as the run commits its rounds.</source>
        <translation>Ses blocs apparaissent ici à mesure que l&apos;exécution valide ses tours.</translation>
    </message>
    <message>
        <source>No run file is open. The Ledger tab shows the run on the Run page; File &gt; Open for Audit opens any run file read-only.</source>
        <translation>Aucun fichier d&apos;exécution n&apos;est ouvert. L&apos;onglet Registre montre l&apos;exécution de la page Exécution ; Fichier &gt; Ouvrir pour audit ouvre n&apos;importe quel fichier d&apos;exécution en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) written since are not verified yet.</source>
        <translation>
            <numerusform>%n bloc écrit depuis n&apos;est pas encore vérifié.</numerusform>
            <numerusform>%n blocs écrits depuis ne sont pas encore vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>Vérification %p %</translation>
    </message>
    <message>
        <source>Verifying the chain, replaying the rounds whose updates are stored…</source>
        <translation>Vérification de la chaîne et réexécution des tours dont les mises à jour sont stockées…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>La vérification a été annulée ; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Vérification annulée</translation>
    </message>
    <message>
        <source>The run committed new blocks while it was being verified: verify again once it has finished for a result that covers them.</source>
        <translation>L&apos;exécution a validé de nouveaux blocs pendant la vérification : vérifiez à nouveau une fois qu&apos;elle est terminée pour un résultat qui les couvre.</translation>
    </message>
    <message>
        <source>Ledger verified: valid</source>
        <translation>Registre vérifié : valide</translation>
    </message>
    <message>
        <source>Ledger verified: INVALID</source>
        <translation>Registre vérifié : INVALIDE</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message>
        <source>Nothing in this ledger matches “%1”.</source>
        <translation>Rien dans ce registre ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 match(es) for “%2”%3 — click one to go to its block.</source>
        <translation>%1 résultat(s) pour « %2 »%3 — cliquez sur l&apos;un d&apos;eux pour aller à son bloc.</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (les %1 premiers)</translation>
    </message>
    <message>
        <source>The ledger has no model to report on yet.</source>
        <translation>Le registre n&apos;a pas encore de modèle sur lequel faire un rapport.</translation>
    </message>
    <message>
        <source>Report %p%</source>
        <translation>Rapport %p %</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Audit report written</source>
        <translation>Rapport d&apos;audit écrit</translation>
    </message>
    <message>
        <source>Export Audit Report for Model %1</source>
        <translation>Exporter le rapport d&apos;audit du modèle %1</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Rapport HTML (*.html);;Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>Rapport d&apos;audit %1</translation>
    </message>
    <message>
        <source>Print Audit Report for Model %1</source>
        <translation>Imprimer le rapport d&apos;audit du modèle %1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>No run file open</source>
        <translation>Aucun fichier d&apos;exécution ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n block(s)</source>
        <translation>
            <numerusform>%1 · %n bloc</numerusform>
            <numerusform>%1 · %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>tête %1</translation>
    </message>
    <message>
        <source>opened read-only: this viewer never writes to the file</source>
        <translation>ouvert en lecture seule : cette visionneuse n&apos;écrit jamais dans le fichier</translation>
    </message>
    <message>
        <source>Find: hash, node id, client 3, round 12, 2024-11-21 10:30</source>
        <translation>Rechercher : hachage, id de nœud, client 3, tour 12, 2024-11-21 10:30</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageScene</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <source>Every contributor is listed in the block&apos;s Updates tab.</source>
        <translation>Chaque contributeur est listé dans l&apos;onglet Mises à jour du bloc.</translation>
    </message>
    <message>
        <source>%1 older model versions · show more</source>
        <translation>%1 versions plus anciennes du modèle · en afficher plus</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageView</name>
    <message>
        <source>Pick a block and Trace Lineage to see where its model came from.</source>
        <translation>Choisissez un bloc puis Retracer la lignée pour voir d&apos;où vient son modèle.</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Draw %1 older model versions</source>
        <translation>Dessiner %1 versions plus anciennes du modèle</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>Ajuster tout le graphe à la vue</translation>
    </message>
    <message>
        <source>A node: highlight every model it contributed to</source>
        <translation>Un nœud : mettre en évidence chaque modèle auquel il a contribué</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud :</translation>
    </message>
    <message>
        <source>None: pick a node to highlight its models</source>
        <translation>Aucun : choisissez un nœud pour mettre en évidence ses modèles</translation>
    </message>
    <message>
        <source>client %1 · %2</source>
        <translation>client %1 · %2</translation>
    </message>
    <message>
        <source>Tracing model %1…</source>
        <translation>Traçage du modèle %1…</translation>
    </message>
    <message>
        <source>The lineage of model %1 cannot be traced</source>
        <translation>La lignée du modèle %1 ne peut pas être retracée</translation>
    </message>
    <message>
        <source>the initial model</source>
        <translation>le modèle initial</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 version(s) back to genesis, %4 contributing node(s)</source>
        <translation type="vanished">Modèle %1 (%2) : %3 version(s) jusqu&apos;à la genèse, %4 nœud(s) contributeur(s)</translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4 contributing node(s); %5 older</source>
        <translation type="vanished">Modèle %1 (%2) : les %3 versions les plus récentes, %4 nœud(s) contributeur(s) ; %5 plus anciennes</translation>
    </message>
    <message>
        <source>Reading its contributions…</source>
        <translation>Lecture de ses contributions…</translation>
    </message>
    <message>
        <source>Click a node in the graph, or pick one above, to highlight every model it contributed to.</source>
        <translation>Cliquez sur un nœud du graphe, ou choisissez-en un ci-dessus, pour mettre en évidence chaque modèle auquel il a contribué.</translation>
    </message>
    <message>
        <source>node id %1</source>
        <translation>id de nœud %1</translation>
    </message>
    <message>
        <source>%1 contributed to %2 of %3 rounds (%4 samples, %5 of its own energy); the %6 drawn above are highlighted.</source>
        <translation>%1 a contribué à %2 des %3 tours (%4 échantillons, %5 de sa propre énergie) ; les %6 dessinés ci-dessus sont mis en évidence.</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing node(s)</source>
        <translation>
            <numerusform>%n nœud contributeur</numerusform>
            <numerusform>%n nœuds contributeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): %3, %4</source>
        <translation>Modèle %1 (%2) : %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) back to genesis</source>
        <translation>
            <numerusform>%n version jusqu&apos;à la genèse</numerusform>
            <numerusform>%n versions jusqu&apos;à la genèse</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4; %5 older</source>
        <translation>Modèle %1 (%2) : les %3 versions les plus récentes, %4 ; %5 plus anciennes</translation>
    </message>
</context>
<context>
    <name>fed::viewer::MembersModel</name>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Node id (SHA-256 of the key)</source>
        <translation>Id du nœud (SHA-256 de la clé)</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>Clé publique (Ed25519)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::SearchResultsModel</name>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>fed::viewer::UpdatesModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Id du nœud %1</translation>
    </message>
    <message>
        <source>The node&apos;s Ed25519 signature over (federation, round, parent model, update hash, samples) verifies with the key the genesis block names.
%1</source>
        <translation>La signature Ed25519 du nœud sur (fédération, tour, modèle parent, hachage de la mise à jour, échantillons) est vérifiée par la clé que nomme le bloc de genèse.
%1</translation>
    </message>
    <message>
        <source>The signature does not verify: the update, its sample count, its round or its parent model was changed after the node signed it.</source>
        <translation>La signature n&apos;est pas vérifiée : la mise à jour, son nombre d&apos;échantillons, son tour ou son modèle parent a été modifié après que le nœud l&apos;a signée.</translation>
    </message>
    <message>
        <source>The genesis block names no node with this id.</source>
        <translation>Le bloc de genèse ne nomme aucun nœud avec cet id.</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>perte %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>précision %1</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ valide</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ INVALIDE</translation>
    </message>
    <message>
        <source>✗ unknown node</source>
        <translation>✗ nœud inconnu</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Hachage de la mise à jour</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>This block records no contribution scores</source>
        <translation>Ce bloc n&apos;enregistre aucun score de contribution</translation>
    </message>
    <message>
        <source>Contribution score %1 (validation gain), reward %2, balance after this round %3; `fedctl ledger verify` recomputes the reward and the balance</source>
        <translation>Score de contribution %1 (gain de validation), récompense %2, solde après ce tour %3 ; `fedctl ledger verify` recalcule la récompense et le solde</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Score de contribution</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
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

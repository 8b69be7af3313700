<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit report: model %1</source>
        <translation>Informe de auditoría: modelo %1</translation>
    </message>
    <message>
        <source>Federation “%1” (id %2) · run file %3 · generated %4 by Federation Studio</source>
        <translation>Federación «%1» (id %2) · archivo de ejecución %3 · generado el %4 por Federation Studio</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Has anything been changed?</source>
        <translation>¿Se ha modificado algo?</translation>
    </message>
    <message>
        <source>No: the ledger verifies.</source>
        <translation>No: el registro se verifica.</translation>
    </message>
    <message>
        <source>Yes: the ledger does NOT verify.</source>
        <translation>Sí: el registro NO se verifica.</translation>
    </message>
    <message>
        <source>Block %1 is on this model&apos;s lineage: the model and everything recorded after that block cannot be trusted.</source>
        <translation>El bloque %1 está en el linaje de este modelo: no se puede confiar en el modelo ni en nada de lo registrado después de ese bloque.</translation>
    </message>
    <message>
        <source>The first bad block comes after this model&apos;s round, so its lineage verified; later records do not.</source>
        <translation>El primer bloque incorrecto llega después de la ronda de este modelo, así que su linaje se ha verificado; los registros posteriores no.</translation>
    </message>
    <message>
        <source>Where did this model come from?</source>
        <translation>¿De dónde viene este modelo?</translation>
    </message>
    <message>
        <source>Its lineage cannot be traced: %1</source>
        <translation>Su linaje no se puede rastrear: %1</translation>
    </message>
    <message>
        <source>Model %1 is the federation&apos;s initial model, fixed by the genesis block on %2.</source>
        <translation>El modelo %1 es el modelo inicial de la federación, fijado por el bloque génesis el %2.</translation>
    </message>
    <message>
        <source>Model %1 was produced by round %2 (block %3, %4). It descends from the initial model %5 through %6 rounds, into which %7 nodes put %8 updates trained on %9 samples.</source>
        <translation>El modelo %1 se produjo en la ronda %2 (bloque %3, %4). Desciende del modelo inicial %5 a través de %6 rondas, en las que %7 nodos aportaron %8 actualizaciones entrenadas con %9 muestras.</translation>
    </message>
    <message>
        <source>Its test accuracy is %1 and its test loss %2.</source>
        <translation>Su precisión de prueba es %1 y su pérdida de prueba %2.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>Energy along the lineage: %1 (computation %2, communication %3, idle %4), %5 g CO₂.</source>
        <translation>Energía a lo largo del linaje: %1 (cómputo %2, comunicación %3, inactividad %4), %5 g de CO₂.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Linaje</translation>
    </message>
    <message>
        <source>Each model version, back to the initial model, with the nodes whose updates made it. Node names come from the genesis block&apos;s member list; node ids are the SHA-256 of the nodes&apos; public keys.</source>
        <translation>Cada versión del modelo, hasta el modelo inicial, con los nodos cuyas actualizaciones la produjeron. Los nombres de los nodos vienen de la lista de miembros del bloque génesis; los id de nodo son el SHA-256 de sus claves públicas.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contribuyentes</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>… %1 more rounds, listed by fedctl ledger export …</source>
        <translation>… %1 rondas más, listadas por fedctl ledger export …</translation>
    </message>
    <message>
        <source>clients %1</source>
        <translation>clientes %1</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>génesis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>initial model</source>
        <translation>modelo inicial</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Id de nodo</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>First–last round</source>
        <translation>Primera–última ronda</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Su energía</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Checked: every hash link, the coordinator&apos;s signature on every block, every node&apos;s signature on its update, every Merkle root, the model and update blobs (re-hashed: %1 bytes, %2 signatures), and the run&apos;s tables against the blocks.</source>
        <translation>Comprobado: cada enlace de hash, la firma del coordinador en cada bloque, la firma de cada nodo en su actualización, cada raíz de Merkle, los blobs de modelos y actualizaciones (rehasheados: %1 bytes, %2 firmas) y las tablas de la ejecución frente a los bloques.</translation>
    </message>
    <message>
        <source>Head block %1, hash</source>
        <translation>Bloque de cabeza %1, hash</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Bloque %1: %2</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Federación</translation>
    </message>
    <message>
        <source>Federation id</source>
        <translation>Id de la federación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Spec hash</source>
        <translation>Hash de la especificación</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>Clave del coordinador</translation>
    </message>
    <message>
        <source>Coordinator id</source>
        <translation>Id del coordinador</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Initial model</source>
        <translation>Modelo inicial</translation>
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
        <translation>Comprobar este informe</translation>
    </message>
    <message>
        <source>The ledger&apos;s format is public (docs/ledger-format.md). Anyone can re-check the run file without Federation Studio&apos;s viewer:</source>
        <translation>El formato del registro es público (docs/ledger-format.md). Cualquiera puede volver a comprobar el archivo de ejecución sin el visor de Federation Studio:</translation>
    </message>
    <message>
        <source>Keep the head hash above somewhere else: without it, blocks removed from the end of a chain together with their rounds cannot be detected (fedctl ledger verify --expect-head HASH checks it).</source>
        <translation>Guarde el hash de cabeza anterior en otro lugar: sin él, no se pueden detectar bloques eliminados del final de una cadena junto con sus rondas (fedctl ledger verify --expect-head HASH lo comprueba).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Federation Studio audit report</source>
        <translation>Informe de auditoría de Federation Studio</translation>
    </message>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>LedgerConnection</name>
    <message>
        <source>This run file has no audit ledger (yet).</source>
        <translation>Este archivo de ejecución no tiene (todavía) registro de auditoría.</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>El registro aún no tiene bloques.</translation>
    </message>
</context>
<context>
    <name>LedgerSearch</name>
    <message>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>block hash</source>
        <translation>hash del bloque</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>Search for a hash prefix (hex), a node id prefix, “client 3”, a round (“12”) or a time (“2024-11-21 10:30”).</source>
        <translation>Busque un prefijo de hash (hex), un prefijo de id de nodo, «client 3», una ronda («12») o una hora («2024-11-21 10:30»).</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>El registro aún no tiene bloques.</translation>
    </message>
    <message>
        <source>the genesis block</source>
        <translation>el bloque génesis</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>the last block: every block is older than %1</source>
        <translation>el último bloque: todos los bloques son anteriores a %1</translation>
    </message>
    <message>
        <source>the first block at or after %1</source>
        <translation>el primer bloque en %1 o después</translation>
    </message>
    <message numerus="yes">
        <source>client %1 · %2 · contributed to %n block(s)</source>
        <translation>
            <numerusform>cliente %1 · %2 · contribuyó a %n bloque</numerusform>
            <numerusform>cliente %1 · %2 · contribuyó a %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>The genesis block names no client %1.</source>
        <translation>El bloque génesis no nombra ningún cliente %1.</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>update %1 from %2</source>
        <translation>actualización %1 de %2</translation>
    </message>
    <message>
        <source>refused update %1 from %2</source>
        <translation>actualización rechazada %1 de %2</translation>
    </message>
</context>
<context>
    <name>LineageScene</name>
    <message>
        <source>Model %1
Block %2 (height %3)
Click to show the block.</source>
        <translation>Modelo %1
Bloque %2 (altura %3)
Haga clic para mostrar el bloque.</translation>
    </message>
    <message>
        <source>Initial model · genesis</source>
        <translation>Modelo inicial · génesis</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>precisión %1</translation>
    </message>
    <message>
        <source>%1
Node id %2
Click to highlight every model it contributed to.</source>
        <translation>%1
Id de nodo %2
Haga clic para resaltar cada modelo al que contribuyó.</translation>
    </message>
</context>
<context>
    <name>NodeDirectory</name>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Federation %1: %2 node kits.

Coordinator (keep on its machine, never hand out): %3/coordinator
Listens on %4

</source>
        <translation>Federación %1: %2 kits de inicio de nodo.

Coordinador (manténgalo en su máquina y no lo entregue nunca): %3/coordinator
Escucha en %4

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
        <translation>Viene después del bloque %1, el primer bloque incorrecto, así que no se puede confiar en nada de lo que contiene.</translation>
    </message>
    <message>
        <source>Its own problems: %1</source>
        <translation>Sus propios problemas: %1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>No se pudo ejecutar la verificación: %1</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>La verificación se canceló; no se ha comprobado nada.</translation>
    </message>
    <message>
        <source>The chain is valid: %1 blocks, %2 signatures, every hash link, Merkle root and stored model check out (%3 s).</source>
        <translation>La cadena es válida: %1 bloques, %2 firmas, cada enlace de hash, raíz de Merkle y modelo almacenado son correctos (%3 s).</translation>
    </message>
    <message>
        <source>block %1 (round %2)</source>
        <translation>bloque %1 (ronda %2)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>The chain is INVALID from %1: %2.</source>
        <translation>La cadena NO ES VÁLIDA desde %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in that block.</source>
        <translation>
            <numerusform>%n problema más en ese bloque.</numerusform>
            <numerusform>%n problemas más en ese bloque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n block(s) after it are untrusted.</source>
        <translation>
            <numerusform>%n bloque posterior no es de confianza.</numerusform>
            <numerusform>Los %n bloques posteriores no son de confianza.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>El registro no se puede verificar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced every round&apos;s model from its stored updates (%n round(s)).</source>
        <translation>
            <numerusform>La repetición reprodujo el modelo de cada ronda a partir de sus actualizaciones almacenadas (%n ronda).</numerusform>
            <numerusform>La repetición reprodujo el modelo de cada ronda a partir de sus actualizaciones almacenadas (%n rondas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay reproduced %1 round(s) from their stored updates; %2 round(s) could not be replayed because their updates were not stored.</source>
        <translation type="vanished">La repetición reprodujo %1 ronda(s) a partir de sus actualizaciones almacenadas; %2 ronda(s) no se pudieron repetir porque sus actualizaciones no se almacenaron.</translation>
    </message>
    <message>
        <source>No round was replayed: this run did not keep its nodes&apos; updates (the spec&apos;s Audit ledger &gt; Client updates). Every other check was made.</source>
        <translation>No se repitió ninguna ronda: esta ejecución no guardó las actualizaciones de sus nodos (en la especificación: Registro de auditoría &gt; Actualizaciones de clientes). Se hicieron todas las demás comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more block(s) whose signatures depend on it.</source>
        <translation>
            <numerusform>Y %n bloque más cuyas firmas dependen de él.</numerusform>
            <numerusform>Y %n bloques más cuyas firmas dependen de él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own checks fail only because its signatures depend on block %1, which was altered.</source>
        <translation>Sus propias comprobaciones fallan solo porque sus firmas dependen del bloque %1, que fue alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced %n round(s) from their stored updates.</source>
        <translation>
            <numerusform>La repetición reprodujo %n ronda a partir de sus actualizaciones almacenadas.</numerusform>
            <numerusform>La repetición reprodujo %n rondas a partir de sus actualizaciones almacenadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) could not be replayed because their updates were not stored.</source>
        <translation>
            <numerusform>%n ronda no se pudo repetir porque sus actualizaciones no se almacenaron.</numerusform>
            <numerusform>%n rondas no se pudieron repetir porque sus actualizaciones no se almacenaron.</numerusform>
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
        <translation>génesis</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDO</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
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
        <translation>Acerca de Federation Studio</translation>
    </message>
    <message>
        <source>Design, run and audit federated-learning federations: real models trained with LibTorch on data spread across many clients, every run kept in one file with a hash-chained audit ledger.</source>
        <translation>Diseñe, ejecute y audite federaciones de aprendizaje federado: modelos reales entrenados con LibTorch sobre datos repartidos entre muchos clientes, cada ejecución guardada en un solo archivo con un registro de auditoría encadenado por hashes.</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Copiar versiones</translation>
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
        <translation>El gráfico «%1» no tiene nada que exportar: %2</translation>
    </message>
    <message>
        <source>Exported from Federation Studio</source>
        <translation>Exportado desde Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not &quot;%1&quot;</source>
        <translation>Los gráficos se exportan como .png o .svg, no como «%1»</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Guardar gráfico como SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
</context>
<context>
    <name>fed::ui::ClientsModel</name>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>node %1 · %2</source>
        <translation>nodo %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Cliente %1, id de nodo %2</translation>
    </message>
    <message>
        <source>Selected for this round; its update has not arrived yet</source>
        <translation>Seleccionado para esta ronda; su actualización aún no ha llegado</translation>
    </message>
    <message>
        <source>Took part in %1 of the %2 rounds so far</source>
        <translation>Ha participado en %1 de las %2 rondas hasta ahora</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rounds taken part</source>
        <translation>Rondas en que participó</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Última pérdida</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>The run does not score contributions (spec: contribution.enabled)</source>
        <translation>La ejecución no puntúa las contribuciones (especificación: contribution.enabled)</translation>
    </message>
    <message>
        <source>Shapley estimate (%1) of the validation gain this node&apos;s updates brought, summed over %2 rounds</source>
        <translation>Estimación de Shapley (%1) de la ganancia de validación que aportaron las actualizaciones de este nodo, sumada en %2 rondas</translation>
    </message>
    <message>
        <source>Rewards earned: %1 in total, %2 in the last scored round</source>
        <translation>Recompensas obtenidas: %1 en total, %2 en la última ronda puntuada</translation>
    </message>
    <message>
        <source>Contribution score per kJ of the node&apos;s modelled energy in scored rounds</source>
        <translation>Puntuación de contribución por kJ de energía modelada del nodo en las rondas puntuadas</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Puntuación de contribución</translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation>Saldo de recompensas</translation>
    </message>
    <message>
        <source>Score per kJ</source>
        <translation>Puntuación por kJ</translation>
    </message>
    <message>
        <source>%1 · ⚠ Byzantine</source>
        <translation>%1 · ⚠ bizantino</translation>
    </message>
    <message>
        <source>A Byzantine client: the spec makes it an adversary (%1). Robust strategies are meant to keep its updates from harming the model.</source>
        <translation>Un cliente bizantino: la especificación lo convierte en adversario (%1). Las estrategias robustas deben impedir que sus actualizaciones dañen el modelo.</translation>
    </message>
</context>
<context>
    <name>fed::ui::Dashboard</name>
    <message>
        <source>Accuracy and loss per round</source>
        <translation>Precisión y pérdida por ronda</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión de prueba</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="vanished">Precisión (%)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Energy per round</source>
        <translation>Energía por ronda</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulada</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>Por ronda</translation>
    </message>
    <message>
        <source>Accuracy against energy spent</source>
        <translation>Precisión frente a energía consumida</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Energía acumulada</translation>
    </message>
    <message>
        <source>Training loss per client (first %1 clients)</source>
        <translation>Pérdida de entrenamiento por cliente (primeros %1 clientes)</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;No energy data in this run&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its rounds record no modelled energy (the run file was made before energy accounting).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;No hay datos de energía en esta ejecución&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sus rondas no registran energía modelada (el archivo de ejecución se creó antes de la contabilidad energética).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per round (%1)</source>
        <translation>Por ronda (%1)</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>Acumulada (%1)</translation>
    </message>
    <message>
        <source>Cumulative energy (%1)</source>
        <translation>Energía acumulada (%1)</translation>
    </message>
    <message>
        <source>Privacy spent (ε)</source>
        <translation>Presupuesto de privacidad consumido (ε)</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Accuracy, loss and privacy spent per round</source>
        <translation>Precisión, pérdida y presupuesto de privacidad consumido por ronda</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>fed::ui::DesignerPage</name>
    <message>
        <source>Double-click or press Enter on a problem to go to its field.</source>
        <translation>Haga doble clic o pulse Intro sobre un problema para ir a su campo.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>No problems: ready to start.</source>
        <translation>Sin problemas: listo para empezar.</translation>
    </message>
    <message>
        <source>1 problem to fix before starting</source>
        <translation>1 problema que corregir antes de empezar</translation>
    </message>
    <message>
        <source>%1 problems to fix before starting</source>
        <translation>%1 problemas que corregir antes de empezar</translation>
    </message>
    <message>
        <source>Untitled federation</source>
        <translation>Federación sin título</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 ronda</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 rondas</translation>
    </message>
    <message>
        <source>Synthetic(%1, %2)</source>
        <translation>Sintético(%1, %2)</translation>
    </message>
    <message>
        <source>, IID split</source>
        <translation>, partición IID</translation>
    </message>
    <message>
        <source>, Dirichlet α = %1</source>
        <translation>, Dirichlet α = %1</translation>
    </message>
    <message>
        <source>, 1 shard per client</source>
        <translation>, 1 fragmento por cliente</translation>
    </message>
    <message>
        <source>, %1 shards per client</source>
        <translation>, %1 fragmentos por cliente</translation>
    </message>
    <message>
        <source>, quantity skew α = %1</source>
        <translation>, sesgo de cantidad α = %1</translation>
    </message>
    <message>
        <source>%1, learning rate %2, %3</source>
        <translation>%1, tasa de aprendizaje %2, %3</translation>
    </message>
    <message>
        <source>1 local epoch</source>
        <translation>1 época local</translation>
    </message>
    <message>
        <source>%1 local epochs</source>
        <translation>%1 épocas locales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 problem in this section</source>
        <translation>1 problema en esta sección</translation>
    </message>
    <message>
        <source>%1 problems in this section</source>
        <translation>%1 problemas en esta sección</translation>
    </message>
</context>
<context>
    <name>fed::ui::DeviceMixModel</name>
    <message>
        <source>The share of the clients this profile gets: its share divided by the sum of all shares.</source>
        <translation>La parte de los clientes que recibe este perfil: su cuota dividida por la suma de todas las cuotas.</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Perfil de dispositivo</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Of clients</source>
        <translation>Porcentaje de clientes</translation>
    </message>
</context>
<context>
    <name>fed::ui::FederationWorker</name>
    <message>
        <source>The paused federation is no longer in memory; resume it from its run file.</source>
        <translation>La federación en pausa ya no está en memoria; reanúdela desde su archivo de ejecución.</translation>
    </message>
    <message>
        <source>The kit folder %1</source>
        <translation>La carpeta de kits %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::IncidentsModel</name>
    <message>
        <source>node %1 · %2</source>
        <translation>nodo %1 · %2</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>Cliente %1, id de nodo %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchModel</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Copying kit</source>
        <translation>Copiando el kit</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>sin unirse</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>unido</translation>
    </message>
    <message>
        <source>left</source>
        <translation>salido</translation>
    </message>
    <message>
        <source>lost (no heartbeat)</source>
        <translation type="vanished">perdido (sin latido)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Last log line</source>
        <translation>Última línea del registro</translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation>%1 · %2 rechazadas</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>unido de nuevo</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Updates the coordinator accepted from this node</source>
        <translation>Actualizaciones de este nodo que el coordinador aceptó</translation>
    </message>
    <message>
        <source>Last rejected: %1</source>
        <translation>Última rechazada: %1</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchPanel</name>
    <message>
        <source>The nodes of a networked federation (launch mode local or ssh). Select one to see its log; clear the selection for the coordinator&apos;s.</source>
        <translation>Los nodos de una federación en red (modo de lanzamiento local o ssh). Seleccione uno para ver su registro; borre la selección para ver el del coordinador.</translation>
    </message>
    <message>
        <source>Coordinator log</source>
        <translation type="vanished">Registro del coordinador</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>Registro de %1</translation>
    </message>
    <message>
        <source>No fednode processes. They appear here when a networked federation starts: in the designer&apos;s Launch group, set Clients run to Local fednode processes or SSH hosts, with a provisioned kit folder.</source>
        <translation>No hay procesos fednode. Aparecen aquí cuando arranca una federación en red: en el grupo Lanzamiento del diseñador, ponga «Los clientes se ejecutan» en «Procesos fednode locales» o «Hosts SSH», con una carpeta de kits aprovisionada.</translation>
    </message>
    <message>
        <source>Coordinator log (select a node for its own)</source>
        <translation>Registro del coordinador (seleccione un nodo para ver el suyo)</translation>
    </message>
</context>
<context>
    <name>fed::ui::MainWindow</name>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>No se puede abrir la especificación</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>No se pudo abrir «%1».</translation>
    </message>
    <message>
        <source>Fix the problems below in a text editor (or with fedctl spec check), then open it again.</source>
        <translation type="vanished">Corrija los problemas indicados abajo en un editor de texto (o con fedctl spec check) y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source>Cannot Open Run</source>
        <translation>No se puede abrir la ejecución</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>No se pudo abrir «%1»:
%2</translation>
    </message>
    <message>
        <source>Federation Running</source>
        <translation>Federación en curso</translation>
    </message>
    <message>
        <source>A federation is running. Quit anyway?

The round in progress finishes and is saved; the run can be resumed later from its run file.</source>
        <translation>Hay una federación en curso. ¿Salir de todos modos?

La ronda en curso termina y se guarda; la ejecución se puede reanudar más tarde desde su archivo de ejecución.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New federation spec (%1)</source>
        <translation>Nueva especificación de federación (%1)</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>&amp;Abrir especificación…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open a federation spec (%1)</source>
        <translation>Abrir una especificación de federación (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the spec (%1)</source>
        <translation>Guardar la especificación (%1)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>Abrir &amp;ejecución…</translation>
    </message>
    <message>
        <source>Open for &amp;Audit…</source>
        <translation>Abrir para a&amp;uditoría…</translation>
    </message>
    <message>
        <source>Open a run file read-only in the block explorer, to trace its models and verify its ledger</source>
        <translation>Abrir un archivo de ejecución en solo lectura en el explorador de bloques, para rastrear sus modelos y verificar su registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Especificaciones</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Borrar archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fe&amp;deration</source>
        <translation>&amp;Federación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Federation Studio</source>
        <translation>&amp;Acerca de Federation Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Spec valid: ready to start</source>
        <translation>Especificación válida: lista para empezar</translation>
    </message>
    <message>
        <source>1 problem in the spec</source>
        <translation>1 problema en la especificación</translation>
    </message>
    <message>
        <source>%1 problems in the spec</source>
        <translation>%1 problemas en la especificación</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Save Spec with Problems?</source>
        <translation>¿Guardar la especificación con problemas?</translation>
    </message>
    <message>
        <source>The spec has problems (%1). Federation Studio and fedctl open only valid specs, so this file cannot be opened again until they are fixed by hand.</source>
        <translation>La especificación tiene problemas (%1). Federation Studio y fedctl solo abren especificaciones válidas, así que este archivo no se podrá volver a abrir hasta que se corrijan a mano.</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>No se puede guardar la especificación</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Guardar especificación como</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json)</source>
        <translation>Especificaciones de federación (*.fed.json);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Abrir especificación</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json);;All files (*)</source>
        <translation>Especificaciones de federación (*.fed.json);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Ejecuciones de federación (*.fedrun);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Abrir ejecución para auditoría</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide (docs/user-guide.md) is not installed on this machine.</source>
        <translation>La guía del usuario (docs/user-guide.md) no está instalada en este equipo.</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>No hay ninguna aplicación configurada para abrir %1.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect the next time Federation Studio starts</source>
        <translation>Se aplica la próxima vez que se inicie Federation Studio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Federation Studio will follow the system&apos;s language the next time it starts.</source>
        <translation>Federation Studio seguirá el idioma del sistema la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Federation Studio will use %1 the next time it starts.</source>
        <translation>Federation Studio usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Provision &amp;Nodes…</source>
        <translation>Aprovisionar no&amp;dos…</translation>
    </message>
    <message>
        <source>Make the certificates and startup kits for a networked federation (docs/nodes.md)</source>
        <translation>Crear los certificados y los kits de inicio de una federación en red (docs/nodes.md)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… y %n más (Mostrar detalles…)</numerusform>
            <numerusform>… y %n más (Mostrar detalles…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in a text editor (or check it with fedctl spec check), then open it again.</source>
        <translation>Corrija el archivo en un editor de texto (o compruébelo con fedctl spec check) y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>fed::ui::MetricsCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fed::ui::PartitionPreview</name>
    <message>
        <source>Partition preview</source>
        <translation>Vista previa de la partición</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Bar height: how many samples each client holds, so uneven client sizes show.</source>
        <translation>Altura de las barras: cuántas muestras tiene cada cliente, para que se vean los tamaños desiguales.</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>Proporciones de clases</translation>
    </message>
    <message>
        <source>Every bar is 100%: each client&apos;s mix of classes, whatever its size.</source>
        <translation>Cada barra es el 100 %: la mezcla de clases de cada cliente, sea cual sea su tamaño.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
    <message>
        <source>The preview appears when the data, client and partition settings are valid: see the problems listed below the form.</source>
        <translation>La vista previa aparece cuando los ajustes de datos, clientes y partición son válidos: vea los problemas listados bajo el formulario.</translation>
    </message>
    <message>
        <source>Partitioning…</source>
        <translation>Particionando…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>%1 other classes</source>
        <translation>%1 clases más</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Muestras de entrenamiento</translation>
    </message>
    <message>
        <source>Share of the client&apos;s samples</source>
        <translation>Proporción de las muestras del cliente</translation>
    </message>
    <message>
        <source>Client %1 · %2: %3 of its %4 samples (%5%)</source>
        <translation>Cliente %1 · %2: %3 de sus %4 muestras (%5 %)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clients&lt;/b&gt; share %2 training samples: %3 per client on average, fewest %4, median %5, most %6.</source>
        <translation>&lt;b&gt;%1 clientes&lt;/b&gt; comparten %2 muestras de entrenamiento: %3 por cliente de media, mínimo %4, mediana %5, máximo %6.</translation>
    </message>
    <message>
        <source>Class mix: a client&apos;s data is as varied as &lt;b&gt;%1 of %2 classes&lt;/b&gt; in equal parts, on average</source>
        <translation>Mezcla de clases: los datos de un cliente son, de media, tan variados como &lt;b&gt;%1 de %2 clases&lt;/b&gt; a partes iguales</translation>
    </message>
    <message>
        <source> — close to IID.</source>
        <translation> — cercano a IID.</translation>
    </message>
    <message>
        <source> — moderately non-IID.</source>
        <translation> — moderadamente no IID.</translation>
    </message>
    <message>
        <source> — strongly non-IID: most clients see only a few classes.</source>
        <translation> — fuertemente no IID: la mayoría de los clientes solo ven unas pocas clases.</translation>
    </message>
    <message>
        <source>%1 test samples</source>
        <translation>%1 muestras de prueba</translation>
    </message>
    <message>
        <source>model: %1 parameters (%2 per update)</source>
        <translation>modelo: %1 parámetros (%2 por actualización)</translation>
    </message>
    <message>
        <source>the chart shows clients 0–%1 of %2</source>
        <translation>el gráfico muestra los clientes 0–%1 de %2</translation>
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
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the device is, shown in lists and reports.</source>
        <translation>Qué es el dispositivo; se muestra en listas e informes.</translation>
    </message>
    <message>
        <source>CPU frequency</source>
        <translation>Frecuencia de la CPU</translation>
    </message>
    <message>
        <source>Clock rate while training. Faster CPUs finish sooner but, at the same work, spend more energy (power grows with the cube of the clock).</source>
        <translation>Frecuencia de reloj durante el entrenamiento. Las CPU más rápidas terminan antes pero, para el mismo trabajo, gastan más energía (la potencia crece con el cubo de la frecuencia).</translation>
    </message>
    <message>
        <source>FLOPs per cycle</source>
        <translation>FLOP por ciclo</translation>
    </message>
    <message>
        <source>Sustained training FLOPs per clock cycle on the one core a client uses.</source>
        <translation>FLOP de entrenamiento sostenidos por ciclo de reloj en el único núcleo que usa un cliente.</translation>
    </message>
    <message>
        <source>Cycles per sample</source>
        <translation>Ciclos por muestra</translation>
    </message>
    <message>
        <source>CPU cycles to train on one sample; 0 derives it from the model&apos;s FLOPs per sample and the FLOPs per cycle.</source>
        <translation>Ciclos de CPU para entrenar con una muestra; 0 lo deduce de los FLOP por muestra del modelo y de los FLOP por ciclo.</translation>
    </message>
    <message>
        <source>Switched capacitance</source>
        <translation>Capacitancia conmutada</translation>
    </message>
    <message>
        <source>κ: the chip&apos;s effective switched capacitance; dynamic CPU power is κ·f³.</source>
        <translation>κ: la capacitancia conmutada efectiva del chip; la potencia dinámica de la CPU es κ·f³.</translation>
    </message>
    <message>
        <source>Transmit power</source>
        <translation>Potencia de transmisión</translation>
    </message>
    <message>
        <source>Maximum uplink transmit power used to send the update.</source>
        <translation>Potencia máxima de transmisión de subida usada para enviar la actualización.</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Uplink bandwidth when the round has no shared bandwidth budget.</source>
        <translation>Ancho de banda de subida cuando la ronda no tiene un presupuesto de ancho de banda compartido.</translation>
    </message>
    <message>
        <source>Nearest distance</source>
        <translation>Distancia mínima</translation>
    </message>
    <message>
        <source>Clients of this profile are placed between the nearest and farthest distance from the access point; farther clients need more energy to upload.</source>
        <translation>Los clientes de este perfil se sitúan entre la distancia mínima y la máxima al punto de acceso; los clientes más lejanos necesitan más energía para subir datos.</translation>
    </message>
    <message>
        <source>Farthest distance</source>
        <translation>Distancia máxima</translation>
    </message>
    <message>
        <source>The farthest a client of this profile is from the access point.</source>
        <translation>La distancia máxima de un cliente de este perfil al punto de acceso.</translation>
    </message>
    <message>
        <source>Channel gain</source>
        <translation>Ganancia del canal</translation>
    </message>
    <message>
        <source>Linear channel power gain; 0 derives it from each client&apos;s distance (3GPP path loss).</source>
        <translation>Ganancia lineal de potencia del canal; 0 la deduce de la distancia de cada cliente (pérdida de trayecto 3GPP).</translation>
    </message>
    <message>
        <source>Noise density</source>
        <translation>Densidad de ruido</translation>
    </message>
    <message>
        <source>Noise power spectral density N₀; −174 dBm/Hz is 3.981e-21 W/Hz.</source>
        <translation>Densidad espectral de potencia del ruido N₀; −174 dBm/Hz equivale a 3.981e-21 W/Hz.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Potencia en reposo</translation>
    </message>
    <message>
        <source>Power drawn while waiting for the round to end (counted only when &quot;Count idle power&quot; is on).</source>
        <translation>Potencia consumida mientras se espera el final de la ronda (solo se cuenta si «Contar la potencia en reposo mientras se espera la ronda» está activado).</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensidad de carbono</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid this device draws from.</source>
        <translation>Gramos de CO₂ por kWh de la red eléctrica de la que se alimenta este dispositivo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the built-in value.</source>
        <translation>Déjelo vacío para mantener el valor integrado.</translation>
    </message>
    <message>
        <source>Required for a new profile%1.</source>
        <translation>Obligatorio para un perfil nuevo%1.</translation>
    </message>
    <message>
        <source> (0 derives it)</source>
        <translation> (0 lo deduce)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>This spec</source>
        <translation>Esta especificación</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProvisionDialog</name>
    <message>
        <source>Provision Nodes</source>
        <translation>Aprovisionar nodos</translation>
    </message>
    <message>
        <source>Makes the federation&apos;s certificate authority, the coordinator&apos;s certificate and one startup kit per node (a folder and a .tar.gz with its certificate, keys and the coordinator&apos;s address). Hand each node its archive over a channel you trust.</source>
        <translation>Crea la autoridad de certificación de la federación, el certificado del coordinador y un kit de inicio por nodo (una carpeta y un .tar.gz con su certificado, sus claves y la dirección del coordinador). Entregue a cada nodo su archivo por un canal de confianza.</translation>
    </message>
    <message>
        <source>a saved federation spec (*.fed.json)</source>
        <translation>una especificación de federación guardada (*.fed.json)</translation>
    </message>
    <message>
        <source>&amp;Spec:</source>
        <translation>&amp;Especificación:</translation>
    </message>
    <message>
        <source>Spec to Provision</source>
        <translation>Especificación que aprovisionar</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;All files (*)</source>
        <translation>Especificaciones de federación (*.fed.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>One kit per node. When this differs from the spec&apos;s clients, the kits&apos; spec gets this many clients.</source>
        <translation>Un kit por nodo. Si difiere del número de clientes de la especificación, la especificación de los kits recibe este número de clientes.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nodos:</translation>
    </message>
    <message>
        <source>The name or address nodes use to reach the coordinator; it goes into the kits and the coordinator&apos;s certificate.</source>
        <translation>El nombre o la dirección que usan los nodos para llegar al coordinador; se incluye en los kits y en el certificado del coordinador.</translation>
    </message>
    <message>
        <source>Coordinator &amp;host:</source>
        <translation>&amp;Host del coordinador:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>more names or addresses, comma-separated (optional)</source>
        <translation>más nombres o direcciones, separados por comas (opcional)</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>&amp;Otros nombres:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validez:</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Aprovisionar</translation>
    </message>
    <message>
        <source>Generating keys and writing the kits…</source>
        <translation>Generando las claves y escribiendo los kits…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Not provisioned: %1</source>
        <translation>No aprovisionado: %1</translation>
    </message>
    <message>
        <source>choose a saved spec file (save the design first).</source>
        <translation>elija un archivo de especificación guardado (guarde primero el diseño).</translation>
    </message>
    <message>
        <source>choose an output folder.</source>
        <translation>elija una carpeta de salida.</translation>
    </message>
</context>
<context>
    <name>fed::ui::RoundsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Updates accepted</source>
        <translation>Actualizaciones aceptadas</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>Energía acumulada</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Carbono</translation>
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
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start the federation in a new run file</source>
        <translation>Iniciar la federación en un nuevo archivo de ejecución</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause after the round in progress; Resume continues at once</source>
        <translation>Pausar tras la ronda en curso; Reanudar continúa de inmediato</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop after the round in progress; the run file keeps every round</source>
        <translation>Detener tras la ronda en curso; el archivo de ejecución conserva cada ronda</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Continue the paused or stopped run to its last round</source>
        <translation>Continuar la ejecución pausada o detenida hasta su última ronda</translation>
    </message>
    <message>
        <source>Pausing after round %1 completes…</source>
        <translation>Pausando cuando termine la ronda %1…</translation>
    </message>
    <message>
        <source>Pausing after the round in progress…</source>
        <translation>Pausando tras la ronda en curso…</translation>
    </message>
    <message>
        <source>Stopped; the paused federation was released.</source>
        <translation>Detenida; la federación en pausa se ha liberado.</translation>
    </message>
    <message>
        <source>Stopping after round %1 completes…</source>
        <translation>Deteniendo cuando termine la ronda %1…</translation>
    </message>
    <message>
        <source>Stopping after the round in progress…</source>
        <translation>Deteniendo tras la ronda en curso…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aún no hay ejecución</translation>
    </message>
    <message>
        <source>Every node of this federation runs inside this process, on a pool of training threads.</source>
        <translation>Cada nodo de esta federación se ejecuta dentro de este proceso, en un conjunto de hilos de entrenamiento.</translation>
    </message>
    <message>
        <source>Design a federation and press Start, or open a run file.</source>
        <translation>Diseñe una federación y pulse Iniciar, o abra un archivo de ejecución.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>%v of %m updates</source>
        <translation type="vanished">%v de %m actualizaciones</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%v of %m rounds</source>
        <translation type="vanished">%v de %m rondas</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión de prueba</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>Energy (modelled)</source>
        <translation>Energía (modelada)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Per-client curves</source>
        <translation>Curvas por cliente</translation>
    </message>
    <message>
        <source>Training loss of the first %1 clients, round by round</source>
        <translation>Pérdida de entrenamiento de los primeros %1 clientes, ronda a ronda</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Guardar como %1…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save All Charts…</source>
        <translation>Guardar todos los gráficos…</translation>
    </message>
    <message>
        <source>Round Metrics as CSV…</source>
        <translation>Métricas de rondas como CSV…</translation>
    </message>
    <message>
        <source>Client Metrics as CSV…</source>
        <translation>Métricas de clientes como CSV…</translation>
    </message>
    <message>
        <source>Filter by node or device</source>
        <translation>Filtrar por nodo o dispositivo</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Run files in the runs folder. Double-click one to see it as it was; a stopped run can then be resumed.</source>
        <translation>Archivos de ejecución de la carpeta de ejecuciones. Haga doble clic en uno para verlo tal como estaba; después se puede reanudar una ejecución detenida.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>A federation is running. Pause or stop it before opening another run.</source>
        <translation>Hay una federación en curso. Páusela o deténgala antes de abrir otra ejecución.</translation>
    </message>
    <message>
        <source>The paused federation was released; its run file can be resumed.</source>
        <translation>La federación en pausa se ha liberado; su archivo de ejecución se puede reanudar.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Press Start to run this federation; its run file goes to %1.</source>
        <translation>Pulse Iniciar para ejecutar esta federación; su archivo de ejecución irá a %1.</translation>
    </message>
    <message>
        <source>Run file: %1</source>
        <translation>Archivo de ejecución: %1</translation>
    </message>
    <message>
        <source>In-process · Nodes: %1 · Training threads: %2</source>
        <translation>En el proceso · Nodos: %1 · Hilos de entrenamiento: %2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Pausando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Overall · about %1 left</source>
        <translation>Global · quedan unos %1</translation>
    </message>
    <message>
        <source>Overall · done</source>
        <translation>Global · terminado</translation>
    </message>
    <message>
        <source>best %1 · round %2</source>
        <translation>mejor %1 · ronda %2</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>entrenando %1</translation>
    </message>
    <message>
        <source>%1% computation · %2 g CO₂</source>
        <translation>%1 % cómputo · %2 g de CO₂</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices. Measured on this machine&apos;s CPU packages (RAPL): %1.</source>
        <translation>Modelada para los dispositivos de los clientes. Medida en los paquetes de CPU de este equipo (RAPL): %1.</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices (docs/energy.md).</source>
        <translation>Modelada para los dispositivos de los clientes (docs/energy.md).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>no rejected or dropped updates</source>
        <translation>ninguna actualización rechazada o descartada</translation>
    </message>
    <message>
        <source>%1 rejected · %2 dropped</source>
        <translation>%1 rechazadas · %2 descartadas</translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1</source>
        <translation>No se puede crear la carpeta de ejecuciones %1</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; (rounds: %2).</source>
        <translation>Iniciando «%1» (rondas: %2).</translation>
    </message>
    <message>
        <source>Loading data and building the model…</source>
        <translation>Cargando datos y construyendo el modelo…</translation>
    </message>
    <message>
        <source>Resuming at round %1.</source>
        <translation>Reanudando en la ronda %1.</translation>
    </message>
    <message>
        <source>Re-opening %1 to resume at round %2.</source>
        <translation>Reabriendo %1 para reanudar en la ronda %2.</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>Guardar todos los gráficos</translation>
    </message>
    <message>
        <source>Saved the charts in %1 (files: %2)</source>
        <translation>Gráficos guardados en %1 (archivos: %2)</translation>
    </message>
    <message>
        <source>There is no run file to export yet.</source>
        <translation>Aún no hay archivo de ejecución que exportar.</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>Todavía se está escribiendo una exportación.</translation>
    </message>
    <message>
        <source>Export Client Metrics</source>
        <translation>Exportar métricas de clientes</translation>
    </message>
    <message>
        <source>Export Round Metrics</source>
        <translation>Exportar métricas de rondas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>Resumed at round %1 of %2.</source>
        <translation>Reanudada en la ronda %1 de %2.</translation>
    </message>
    <message>
        <source>Started. Clients: %1 · parameters: %2 · training samples: %3 · test samples: %4.</source>
        <translation>Iniciada. Clientes: %1 · parámetros: %2 · muestras de entrenamiento: %3 · muestras de prueba: %4.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Ejecutando %1</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was dropped: %3</source>
        <translation>Ronda %1: se descartó la actualización del nodo %2: %3</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was rejected: %3</source>
        <translation>Ronda %1: se rechazó la actualización del nodo %2: %3</translation>
    </message>
    <message>
        <source>Round %1 of %2: </source>
        <translation>Ronda %1 de %2: </translation>
    </message>
    <message>
        <source>accuracy %1, loss %2, </source>
        <translation>precisión %1, pérdida %2, </translation>
    </message>
    <message>
        <source>%1 of %2 updates accepted, %3</source>
        <translation>%1 de %2 actualizaciones aceptadas, %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Finished at round %1 of %2</source>
        <translation>Terminada en la ronda %1 de %2</translation>
    </message>
    <message>
        <source>: accuracy %1 (best %2 in round %3).</source>
        <translation>: precisión %1 (mejor %2 en la ronda %3).</translation>
    </message>
    <message>
        <source>Energy (modelled): %1, %2 g CO₂.</source>
        <translation>Energía (modelada): %1, %2 g de CO₂.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminada: %1</translation>
    </message>
    <message>
        <source>Paused after round %1. Resume continues at round %2.</source>
        <translation>En pausa tras la ronda %1. Reanudar continúa en la ronda %2.</translation>
    </message>
    <message>
        <source>Paused after round %1</source>
        <translation>En pausa tras la ronda %1</translation>
    </message>
    <message>
        <source>Stopped after round %1; the run file keeps every completed round and Resume continues it.</source>
        <translation>Detenida tras la ronda %1; el archivo de ejecución conserva cada ronda completada y Reanudar la continúa.</translation>
    </message>
    <message>
        <source>Stopped after round %1</source>
        <translation>Detenida tras la ronda %1</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 rounds, %4.</source>
        <translation>Abierto %1: %2 de %3 rondas, %4.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>%1 of %2 updates</source>
        <translation>%1 de %2 actualizaciones</translation>
    </message>
    <message>
        <source>Byzantine</source>
        <translation>Bizantino</translation>
    </message>
    <message>
        <source>Only the clients the spec makes adversaries</source>
        <translation>Solo los clientes que la especificación convierte en adversarios</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1 de %2 rondas</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>The fednode processes of a networked federation (launch mode local or ssh): their state, connection and logs</source>
        <translation>Los procesos fednode de una federación en red (modo de lanzamiento local o ssh): su estado, conexión y registros</translation>
    </message>
    <message>
        <source>SSH hosts · Nodes: %1</source>
        <translation>Hosts SSH · Nodos: %1</translation>
    </message>
    <message>
        <source>Local fednode processes · Nodes: %1</source>
        <translation>Procesos fednode locales · Nodos: %1</translation>
    </message>
    <message>
        <source>Launching %1 nodes; their state and logs are on the Launch tab.</source>
        <translation>Lanzando %1 nodos; su estado y sus registros están en la pestaña Lanzamiento.</translation>
    </message>
    <message>
        <source>Every node is a fednode process that joined the coordinator over mutual TLS; see the Launch tab.</source>
        <translation>Cada nodo es un proceso fednode que se unió al coordinador mediante TLS mutuo; vea la pestaña Lanzamiento.</translation>
    </message>
    <message>
        <source>Networked · Nodes: %1</source>
        <translation>En red · Nodos: %1</translation>
    </message>
    <message>
        <source>Its nodes are launched again with the kits in %1.</source>
        <translation>Sus nodos se lanzan de nuevo con los kits de %1.</translation>
    </message>
    <message>
        <source>Kit Folder for Resuming %1 (the folder with coordinator/ and nodes/)</source>
        <translation>Carpeta de kits para reanudar %1 (la carpeta con coordinator/ y nodes/)</translation>
    </message>
    <message>
        <source>Cannot resume with the kits in %1: %2
Press Resume to choose the kit folder this run was provisioned with.</source>
        <translation>No se puede reanudar con los kits de %1: %2
Pulse Reanudar para elegir la carpeta de kits con la que se aprovisionó esta ejecución.</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecForm</name>
    <message>
        <source>“%1” is not a whole number; write whole numbers separated by commas, e.g. 200, 200</source>
        <translation>«%1» no es un número entero; escriba números enteros separados por comas, p. ej. 200, 200</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Federación</translation>
    </message>
    <message>
        <source>What the federation is called, how long it runs, and the seed that every random choice derives from.</source>
        <translation>Cómo se llama la federación, cuánto dura y la semilla de la que se deriva cada elección aleatoria.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Shown in the window title, in the runs list and in reports.</source>
        <translation>Se muestra en el título de la ventana, en la lista de ejecuciones y en los informes.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Every random choice — the partition, which clients train each round, the initial weights, shuffling, synthetic data — derives from the seed. The same spec with the same seed is the same federation; change it to see how much a result owes to luck.</source>
        <translation>Cada elección aleatoria —la partición, qué clientes entrenan en cada ronda, los pesos iniciales, el barajado, los datos sintéticos— se deriva de la semilla. La misma especificación con la misma semilla es la misma federación; cámbiela para ver cuánto debe un resultado a la suerte.</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>Draw a fresh random seed.</source>
        <translation>Sortear una semilla aleatoria nueva.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Communication rounds. In each round the server sends the global model to the selected clients, they train on their own data, and the server combines their updates into the next global model.</source>
        <translation>Rondas de comunicación. En cada ronda el servidor envía el modelo global a los clientes seleccionados, estos entrenan con sus propios datos y el servidor combina sus actualizaciones en el siguiente modelo global.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The data set the clients train on and the global model is tested on.</source>
        <translation>El conjunto de datos con el que entrenan los clientes y con el que se prueba el modelo global.</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of clothing in 10 classes (IDX files).</source>
        <translation>Imágenes de 28×28 en escala de grises de prendas de ropa en 10 clases (archivos IDX).</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of handwritten digits (IDX files).</source>
        <translation>Imágenes de 28×28 en escala de grises de dígitos manuscritos (archivos IDX).</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>Your own tabular data: numeric columns and a label.</source>
        <translation>Sus propios datos tabulares: columnas numéricas y una etiqueta.</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>32×32 colour images in 10 classes (the binary batch files).</source>
        <translation>Imágenes en color de 32×32 en 10 clases (los archivos de lotes binarios).</translation>
    </message>
    <message>
        <source>Synthetic(α, β)</source>
        <translation>Sintético(α, β)</translation>
    </message>
    <message>
        <source>FedProx&apos;s generator: every client has its own model and feature distribution.</source>
        <translation>El generador de FedProx: cada cliente tiene su propio modelo y su propia distribución de características.</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Which data the federation learns from. Image data sets can train every model; CSV and synthetic data need an MLP or logistic regression.</source>
        <translation>De qué datos aprende la federación. Los conjuntos de imágenes sirven para cualquier modelo; los datos CSV y sintéticos necesitan un MLP o una regresión logística.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The folder with the data set&apos;s files (IDX images and labels, or CIFAR-10&apos;s binary batches; plain or gzip). Relative paths start at the spec file&apos;s folder.</source>
        <translation>La carpeta con los archivos del conjunto de datos (imágenes y etiquetas IDX, o los lotes binarios de CIFAR-10; sin comprimir o gzip). Las rutas relativas parten de la carpeta del archivo de especificación.</translation>
    </message>
    <message>
        <source>/usr/share/datasets/fashion-mnist</source>
        <translation>/usr/share/datasets/fashion-mnist</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>Archivo de entrenamiento</translation>
    </message>
    <message>
        <source>The training CSV: one sample per row, numeric feature columns and a label column.</source>
        <translation>El CSV de entrenamiento: una muestra por fila, columnas numéricas de características y una columna de etiqueta.</translation>
    </message>
    <message>
        <source>train.csv</source>
        <translation>train.csv</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Archivo de prueba</translation>
    </message>
    <message>
        <source>A separate test CSV with the same columns. Leave empty to hold out a share of the training file instead.</source>
        <translation>Un CSV de prueba aparte con las mismas columnas. Déjelo vacío para reservar en su lugar una parte del archivo de entrenamiento.</translation>
    </message>
    <message>
        <source>empty: hold out part of the training file</source>
        <translation>vacío: reservar parte del archivo de entrenamiento</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Columna de etiqueta</translation>
    </message>
    <message>
        <source>The label column: its header name, or its 0-based index (e.g. 0) for files without a header.</source>
        <translation>La columna de etiqueta: su nombre en la cabecera, o su índice desde 0 (p. ej. 0) para archivos sin cabecera.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La primera fila contiene los nombres de columna</translation>
    </message>
    <message>
        <source>Whether the first row of the CSV files names the columns.</source>
        <translation>Si la primera fila de los archivos CSV nombra las columnas.</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Proporción de prueba</translation>
    </message>
    <message>
        <source>Share of the training file held out for testing when there is no test file, between 0 and 1 (exclusive).</source>
        <translation>Proporción del archivo de entrenamiento reservada para pruebas cuando no hay archivo de prueba, entre 0 y 1 (exclusivos).</translation>
    </message>
    <message>
        <source>IID</source>
        <translation>IID</translation>
    </message>
    <message>
        <source>Same distribution for every client</source>
        <translation>La misma distribución para cada cliente</translation>
    </message>
    <message>
        <source>Synthetic-IID: every client draws from one shared model and feature distribution. The baseline to compare heterogeneous data against.</source>
        <translation>Synthetic-IID: cada cliente extrae sus datos de un mismo modelo y una misma distribución de características. La referencia con la que comparar los datos heterogéneos.</translation>
    </message>
    <message>
        <source>α (model shift)</source>
        <translation>α (desplazamiento del modelo)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; true models are drawn: larger values make clients label similar inputs differently (concept shift). 0..100.</source>
        <translation>Cuánto se separan los modelos verdaderos de los clientes: valores mayores hacen que los clientes etiqueten de forma distinta entradas similares (desplazamiento de concepto). 0..100.</translation>
    </message>
    <message>
        <source>β (feature shift)</source>
        <translation>β (desplazamiento de características)</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; feature distributions are drawn (covariate shift). 0..100.</source>
        <translation>Cuánto se separan las distribuciones de características de los clientes (desplazamiento de covariables). 0..100.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Number of input features.</source>
        <translation>Número de características de entrada.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Number of classes (2..1000).</source>
        <translation>Número de clases (2..1000).</translation>
    </message>
    <message>
        <source>Samples per client</source>
        <translation>Muestras por cliente</translation>
    </message>
    <message>
        <source>Mean client size. Sizes follow a log-normal distribution around it, so some clients hold far more data than others.</source>
        <translation>Tamaño medio de un cliente. Los tamaños siguen una distribución lognormal en torno a él, de modo que algunos clientes tienen muchos más datos que otros.</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>Muestras de prueba</translation>
    </message>
    <message>
        <source>Size of the generated test set.</source>
        <translation>Tamaño del conjunto de prueba generado.</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>Muestras de entrenamiento</translation>
    </message>
    <message>
        <source>Use only the first N training samples — handy for quick experiments. “All” uses every sample.</source>
        <translation>Usar solo las primeras N muestras de entrenamiento: útil para experimentos rápidos. «Todas» usa cada muestra.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Test samples used</source>
        <translation>Muestras de prueba usadas</translation>
    </message>
    <message>
        <source>Test on only the first N test samples. “All” uses every sample.</source>
        <translation>Probar solo con las primeras N muestras de prueba. «Todas» usa cada muestra.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Which clients train in each round; the others sit the round out.</source>
        <translation>Qué clientes entrenan en cada ronda; los demás se quedan fuera de esa ronda.</translation>
    </message>
    <message>
        <source>Selected per round</source>
        <translation type="vanished">Seleccionados por ronda</translation>
    </message>
    <message>
        <source>Share of the clients that train in each round (FedAvg&apos;s C), in (0, 1]. 1 means every client, every round; 0.1 with 100 clients means about 10. Smaller shares make rounds cheaper but noisier.</source>
        <translation>Proporción de clientes que entrenan en cada ronda (la C de FedAvg), en (0, 1]. 1 significa todos los clientes en cada ronda; 0,1 con 100 clientes significa unos 10. Proporciones menores abaratan las rondas pero las hacen más ruidosas.</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Al menos</translation>
    </message>
    <message>
        <source>Never select fewer clients than this in a round, whatever the share says. At most the number of clients.</source>
        <translation>No seleccionar nunca menos clientes que estos en una ronda, diga lo que diga la proporción. Como máximo, el número de clientes.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <source>A uniform sample each round (FedAvg&apos;s sampling).</source>
        <translation>Una muestra uniforme en cada ronda (el muestreo de FedAvg).</translation>
    </message>
    <message>
        <source>Energy-aware</source>
        <translation>Consciente de la energía</translation>
    </message>
    <message>
        <source>The clients that reach the round&apos;s sample target at the least modelled energy, while every client still gets a turn.</source>
        <translation>Los clientes que alcanzan el objetivo de muestras de la ronda con la menor energía modelada, sin que ningún cliente se quede sin turno.</translation>
    </message>
    <message>
        <source>Deadline-aware</source>
        <translation>Consciente del plazo</translation>
    </message>
    <message>
        <source>A uniform sample among the clients whose modelled round time fits the deadline.</source>
        <translation>Una muestra uniforme entre los clientes cuyo tiempo de ronda modelado cabe en el plazo.</translation>
    </message>
    <message>
        <source>Selection policy</source>
        <translation>Política de selección</translation>
    </message>
    <message>
        <source>How the clients of a round are chosen. Energy-aware and deadline-aware selection use the device profiles and the deadline of the Energy section.</source>
        <translation>Cómo se eligen los clientes de una ronda. Las selecciones conscientes de la energía y del plazo usan los perfiles de dispositivo y el plazo de la sección Energía.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>Fairness: no client that can take part waits more than this many rounds for its next turn. Smaller values are fairer and cost more energy. Automatic: 4 × the fewest rounds in which every client can take a turn.</source>
        <translation>Equidad: ningún cliente que pueda participar espera más de este número de rondas hasta su siguiente turno. Valores menores son más justos y cuestan más energía. Automático: 4 × el menor número de rondas en que cada cliente puede tener un turno.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Clients and partition</source>
        <translation>Clientes y partición</translation>
    </message>
    <message>
        <source>How many clients there are and how the training data is split among them. Uneven splits (non-IID data) are what make federated learning harder than ordinary training; the preview shows each client&apos;s classes.</source>
        <translation>Cuántos clientes hay y cómo se reparten entre ellos los datos de entrenamiento. Los repartos desiguales (datos no IID) son lo que hace el aprendizaje federado más difícil que el entrenamiento ordinario; la vista previa muestra las clases de cada cliente.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>How many clients the training data is split among. More clients means less data each. For synthetic data, the number of generated users.</source>
        <translation>Entre cuántos clientes se reparten los datos de entrenamiento. Más clientes significa menos datos para cada uno. Para datos sintéticos, el número de usuarios generados.</translation>
    </message>
    <message>
        <source>Synthetic data comes with its own clients, so there is nothing to split: its α and β set how different the clients are.</source>
        <translation>Los datos sintéticos traen sus propios clientes, así que no hay nada que repartir: sus α y β fijan cuán distintos son los clientes.</translation>
    </message>
    <message>
        <source>Shuffled and dealt out evenly: every client sees every class in about the same proportions.</source>
        <translation>Barajados y repartidos por igual: cada cliente ve cada clase en aproximadamente las mismas proporciones.</translation>
    </message>
    <message>
        <source>Dirichlet label skew</source>
        <translation>Sesgo de etiquetas de Dirichlet</translation>
    </message>
    <message>
        <source>Each client&apos;s mix of classes is drawn from Dirichlet(α).</source>
        <translation>La mezcla de clases de cada cliente se extrae de Dirichlet(α).</translation>
    </message>
    <message>
        <source>Pathological shards</source>
        <translation>Fragmentos patológicos</translation>
    </message>
    <message>
        <source>Data sorted by label is cut into shards; each client gets a few, so it sees only a few classes (McMahan et al. 2017).</source>
        <translation>Los datos ordenados por etiqueta se cortan en fragmentos; cada cliente recibe unos pocos, así que solo ve unas pocas clases (McMahan et al. 2017).</translation>
    </message>
    <message>
        <source>Quantity skew</source>
        <translation>Sesgo de cantidad</translation>
    </message>
    <message>
        <source>Labels stay IID but client sizes differ, drawn from Dirichlet(quantity α).</source>
        <translation>Las etiquetas siguen siendo IID pero los tamaños de los clientes difieren, extraídos de Dirichlet(α de cantidad).</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>How the training set is dealt out to the clients.</source>
        <translation>Cómo se reparte el conjunto de entrenamiento entre los clientes.</translation>
    </message>
    <message>
        <source>α (concentration)</source>
        <translation>α (concentración)</translation>
    </message>
    <message>
        <source>Small means strong label skew: at 0.1 most clients hold one or two classes; at 0.5 the skew is clear but moderate; at 100 and above the split is nearly IID. Arrows halve and double it.</source>
        <translation>Pequeño significa un fuerte sesgo de etiquetas: con 0,1 la mayoría de los clientes tienen una o dos clases; con 0,5 el sesgo es claro pero moderado; de 100 en adelante la partición es casi IID. Las flechas lo dividen por dos y lo duplican.</translation>
    </message>
    <message>
        <source>Shards per client</source>
        <translation>Fragmentos por cliente</translation>
    </message>
    <message>
        <source>With 2, a client typically sees only 2 of the 10 classes; more shards means milder skew.</source>
        <translation>Con 2, un cliente suele ver solo 2 de las 10 clases; más fragmentos significa un sesgo más suave.</translation>
    </message>
    <message>
        <source>Quantity α</source>
        <translation>α de cantidad</translation>
    </message>
    <message>
        <source>Concentration of the client sizes. Small: a few clients hold most of the data; large: sizes close to equal. Arrows halve and double it.</source>
        <translation>Concentración de los tamaños de los clientes. Pequeño: unos pocos clientes tienen la mayoría de los datos; grande: tamaños casi iguales. Las flechas lo dividen por dos y lo duplican.</translation>
    </message>
    <message>
        <source>Fewest samples</source>
        <translation>Mínimo de muestras</translation>
    </message>
    <message>
        <source>The fewest training samples a client may end up with; protects skewed splits against empty clients.</source>
        <translation>El menor número de muestras de entrenamiento que puede recibir un cliente; protege los repartos sesgados frente a clientes vacíos.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The neural network every client trains a copy of.</source>
        <translation>La red neuronal de la que cada cliente entrena una copia.</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <source>One linear layer; the convex baseline.</source>
        <translation>Una capa lineal; la referencia convexa.</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>A fully connected network with the hidden layers below.</source>
        <translation>Una red totalmente conectada con las capas ocultas de abajo.</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>The small convolutional network of McMahan et al. (2017); images only.</source>
        <translation>La pequeña red convolucional de McMahan et al. (2017); solo imágenes.</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>LeCun&apos;s LeNet-5; images only.</source>
        <translation>La LeNet-5 de LeCun; solo imágenes.</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>Archivo TorchScript</translation>
    </message>
    <message>
        <source>Your own model, saved from PyTorch with torch.jit.save.</source>
        <translation>Su propio modelo, guardado desde PyTorch con torch.jit.save.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>The network. CNN and LeNet-5 need image data; MLP and logistic regression work on any data.</source>
        <translation>La red. CNN y LeNet-5 necesitan datos de imagen; MLP y la regresión logística funcionan con cualquier dato.</translation>
    </message>
    <message>
        <source>A module saved with torch.jit.save; its parameters are trained, averaged and hashed like the built-in models&apos;. Relative paths start at the spec file&apos;s folder.</source>
        <translation>Un módulo guardado con torch.jit.save; sus parámetros se entrenan, promedian y hashean como los de los modelos integrados. Las rutas relativas parten de la carpeta del archivo de especificación.</translation>
    </message>
    <message>
        <source>model.pt</source>
        <translation>model.pt</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, separated by commas: “200, 200” is McMahan et al.&apos;s 2NN. Empty makes it linear.</source>
        <translation>Anchuras de las capas ocultas del MLP, separadas por comas: «200, 200» es la 2NN de McMahan et al. Vacío la hace lineal.</translation>
    </message>
    <message>
        <source>none: a linear model</source>
        <translation>ninguna: un modelo lineal</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>What each selected client does with the global model in a round.</source>
        <translation>Qué hace cada cliente seleccionado con el modelo global en una ronda.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent, optionally with momentum.</source>
        <translation>Descenso de gradiente estocástico, opcionalmente con momento.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adaptive moment estimation.</source>
        <translation>Estimación adaptativa de momentos.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>The optimizer each client trains with.</source>
        <translation>El optimizador con el que entrena cada cliente.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The client&apos;s step size, in (0, 10]. Too large and training diverges; too small and it crawls.</source>
        <translation>El tamaño de paso del cliente, en (0, 10]. Demasiado grande y el entrenamiento diverge; demasiado pequeño y avanza a paso de tortuga.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>SGD momentum, in [0, 1); 0.9 is common.</source>
        <translation>Momento de SGD, en [0, 1); 0,9 es habitual.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>L2 penalty on the weights, in [0, 1]; keeps weights small.</source>
        <translation>Penalización L2 sobre los pesos, en [0, 1]; mantiene los pesos pequeños.</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients, in [0, 1).</source>
        <translation>Decaimiento de la media móvil de los gradientes de Adam, en [0, 1).</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients, in [0, 1).</source>
        <translation>Decaimiento de la media móvil de los gradientes al cuadrado de Adam, en [0, 1).</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Adam&apos;s guard against dividing by zero, in (0, 1]. Arrows multiply and divide by 10.</source>
        <translation>La protección de Adam contra la división por cero, en (0, 1]. Las flechas multiplican y dividen por 10.</translation>
    </message>
    <message>
        <source>Local epochs</source>
        <translation>Épocas locales</translation>
    </message>
    <message>
        <source>Passes over its own data a client makes per round (FedAvg&apos;s E). More local work means fewer rounds on IID data, but on skewed data clients drift towards their own optimum; FedProx&apos;s μ counteracts that.</source>
        <translation>Pasadas sobre sus propios datos que hace un cliente en cada ronda (la E de FedAvg). Más trabajo local significa menos rondas con datos IID, pero con datos sesgados los clientes derivan hacia su propio óptimo; la μ de FedProx lo contrarresta.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Mini-batch size for local training (FedAvg&apos;s B).</source>
        <translation>Tamaño de minilote para el entrenamiento local (la B de FedAvg).</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>How the server turns the clients&apos; models into the next global model.</source>
        <translation>Cómo convierte el servidor los modelos de los clientes en el siguiente modelo global.</translation>
    </message>
    <message>
        <source>FedAvg</source>
        <translation>FedAvg</translation>
    </message>
    <message>
        <source>Federated Averaging: the client models weighted by their samples.</source>
        <translation>Federated Averaging: los modelos de los clientes ponderados por sus muestras.</translation>
    </message>
    <message>
        <source>FedProx</source>
        <translation>FedProx</translation>
    </message>
    <message>
        <source>FedAvg&apos;s averaging, with a proximal term that keeps clients close to the global model on heterogeneous data.</source>
        <translation>El promedio de FedAvg, con un término proximal que mantiene a los clientes cerca del modelo global con datos heterogéneos.</translation>
    </message>
    <message>
        <source>FedAvgM</source>
        <translation>FedAvgM</translation>
    </message>
    <message>
        <source>FedAvg with server momentum (Hsu et al. 2019).</source>
        <translation>FedAvg con momento en el servidor (Hsu et al. 2019).</translation>
    </message>
    <message>
        <source>FedAdam</source>
        <translation>FedAdam</translation>
    </message>
    <message>
        <source>Adam on the server (Reddi et al. 2021).</source>
        <translation>Adam en el servidor (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedYogi</source>
        <translation>FedYogi</translation>
    </message>
    <message>
        <source>Yogi on the server (Reddi et al. 2021).</source>
        <translation>Yogi en el servidor (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>FedAdagrad</source>
        <translation>FedAdagrad</translation>
    </message>
    <message>
        <source>Adagrad on the server (Reddi et al. 2021).</source>
        <translation>Adagrad en el servidor (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>SCAFFOLD</source>
        <translation>SCAFFOLD</translation>
    </message>
    <message>
        <source>Control variates correct client drift (Karimireddy et al. 2020).</source>
        <translation>Variables de control corrigen la deriva de los clientes (Karimireddy et al. 2020).</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Coordinate-wise median: robust to outliers.</source>
        <translation>Mediana coordenada a coordenada: robusta frente a valores atípicos.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Media recortada</translation>
    </message>
    <message>
        <source>Coordinate-wise mean without the extremes: robust.</source>
        <translation>Media coordenada a coordenada sin los extremos: robusta.</translation>
    </message>
    <message>
        <source>Krum</source>
        <translation>Krum</translation>
    </message>
    <message>
        <source>The update closest to its neighbours (Blanchard et al. 2017).</source>
        <translation>La actualización más cercana a sus vecinas (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Multi-Krum</source>
        <translation>Multi-Krum</translation>
    </message>
    <message>
        <source>The mean of the m best-scored updates.</source>
        <translation>La media de las m actualizaciones mejor puntuadas.</translation>
    </message>
    <message>
        <source>The aggregation strategy.</source>
        <translation>La estrategia de agregación.</translation>
    </message>
    <message>
        <source>μ (proximal)</source>
        <translation>μ (proximal)</translation>
    </message>
    <message>
        <source>FedProx&apos;s μ, in [0, 100]. Clients add (μ/2)·‖w − w_global‖² to their loss: larger values restrain client drift more but slow local progress; 0 is FedAvg.</source>
        <translation>La μ de FedProx, en [0, 100]. Los clientes suman (μ/2)·‖w − w_global‖² a su pérdida: valores mayores frenan más la deriva de los clientes pero ralentizan el progreso local; 0 es FedAvg.</translation>
    </message>
    <message>
        <source>Server learning rate</source>
        <translation>Tasa de aprendizaje del servidor</translation>
    </message>
    <message>
        <source>Scales the averaged update applied to the global model, in (0, 100]: 1 is plain averaging; below 1 damps rounds, above 1 extrapolates.</source>
        <translation>Escala la actualización promediada que se aplica al modelo global, en (0, 100]: 1 es el promedio simple; por debajo de 1 amortigua las rondas, por encima de 1 extrapola.</translation>
    </message>
    <message>
        <source>Server momentum</source>
        <translation>Momento del servidor</translation>
    </message>
    <message>
        <source>FedAvgM&apos;s β, in [0, 1): the server keeps a running average of past rounds&apos; updates and applies it, which smooths noisy rounds on skewed data.</source>
        <translation>La β de FedAvgM, en [0, 1): el servidor mantiene una media móvil de las actualizaciones de rondas pasadas y la aplica, lo que suaviza las rondas ruidosas con datos sesgados.</translation>
    </message>
    <message>
        <source>β₁ (server)</source>
        <translation>β₁ (servidor)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s first moment (FedAdam, FedYogi, FedAdagrad), in [0, 1).</source>
        <translation>Decaimiento del primer momento del optimizador del servidor (FedAdam, FedYogi, FedAdagrad), en [0, 1).</translation>
    </message>
    <message>
        <source>β₂ (server)</source>
        <translation>β₂ (servidor)</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s second moment (FedAdam, FedYogi), in [0, 1).</source>
        <translation>Decaimiento del segundo momento del optimizador del servidor (FedAdam, FedYogi), en [0, 1).</translation>
    </message>
    <message>
        <source>τ (adaptivity)</source>
        <translation>τ (adaptatividad)</translation>
    </message>
    <message>
        <source>The adaptive optimizers&apos; guard added to the root of the second moment: smaller values adapt more strongly per coordinate (Reddi et al. 2021).</source>
        <translation>La protección de los optimizadores adaptativos que se suma a la raíz del segundo momento: valores menores adaptan con más fuerza por coordenada (Reddi et al. 2021).</translation>
    </message>
    <message>
        <source>Trim fraction</source>
        <translation>Fracción recortada</translation>
    </message>
    <message>
        <source>Trimmed mean: the share of the largest and of the smallest values dropped in every coordinate before averaging; it should exceed the share of Byzantine clients.</source>
        <translation>Media recortada: la proporción de los valores más grandes y de los más pequeños que se descartan en cada coordenada antes de promediar; debe superar la proporción de clientes bizantinos.</translation>
    </message>
    <message>
        <source>Byzantine updates tolerated (f)</source>
        <translation>Actualizaciones bizantinas toleradas (f)</translation>
    </message>
    <message>
        <source>Krum and Multi-Krum score each update by its distance to its n − f − 2 nearest neighbours (Blanchard et al. 2017).</source>
        <translation>Krum y Multi-Krum puntúan cada actualización por su distancia a sus n − f − 2 vecinas más cercanas (Blanchard et al. 2017).</translation>
    </message>
    <message>
        <source>Updates averaged (m)</source>
        <translation>Actualizaciones promediadas (m)</translation>
    </message>
    <message>
        <source>Multi-Krum averages the m best-scored updates.</source>
        <translation>Multi-Krum promedia las m actualizaciones mejor puntuadas.</translation>
    </message>
    <message>
        <source>n − f</source>
        <translation>n − f</translation>
    </message>
    <message>
        <source>Largest update norm</source>
        <translation>Norma máxima de actualización</translation>
    </message>
    <message>
        <source>Updates whose L2 norm exceeds this are rejected before aggregation and recorded as incidents; a cheap guard against scaled or exploding updates.</source>
        <translation>Las actualizaciones cuya norma L2 supera este valor se rechazan antes de la agregación y se registran como incidentes; una protección barata contra actualizaciones escaladas o que explotan.</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Adversaries</source>
        <translation>Adversarios</translation>
    </message>
    <message>
        <source>Byzantine clients to test how robust the strategy is: they train, then send a poisoned update (or none at all).</source>
        <translation>Clientes bizantinos para probar la robustez de la estrategia: entrenan y luego envían una actualización envenenada (o ninguna).</translation>
    </message>
    <message>
        <source>Byzantine clients</source>
        <translation>Clientes bizantinos</translation>
    </message>
    <message>
        <source>How many clients misbehave, drawn at random from the seed (ignored when a list is given below).</source>
        <translation>Cuántos clientes se comportan mal, elegidos al azar a partir de la semilla (se ignora si abajo se da una lista).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Byzantine client list</source>
        <translation>Lista de clientes bizantinos</translation>
    </message>
    <message>
        <source>Exactly which clients misbehave (0-based indices, separated by commas).</source>
        <translation>Exactamente qué clientes se comportan mal (índices desde 0, separados por comas).</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>elegidos al azar</translation>
    </message>
    <message>
        <source>Sign flip</source>
        <translation>Inversión de signo</translation>
    </message>
    <message>
        <source>Sends −scale × its honest update.</source>
        <translation>Envía −escala × su actualización honesta.</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Sends scale × its honest update.</source>
        <translation>Envía escala × su actualización honesta.</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>Ruido gaussiano</translation>
    </message>
    <message>
        <source>Sends random noise instead of an update.</source>
        <translation>Envía ruido aleatorio en lugar de una actualización.</translation>
    </message>
    <message>
        <source>Label flipping</source>
        <translation>Inversión de etiquetas</translation>
    </message>
    <message>
        <source>Trains on deliberately wrong labels.</source>
        <translation>Entrena con etiquetas deliberadamente erróneas.</translation>
    </message>
    <message>
        <source>Free rider</source>
        <translation>Polizón</translation>
    </message>
    <message>
        <source>Returns the global model unchanged.</source>
        <translation>Devuelve el modelo global sin cambios.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>What the Byzantine clients do.</source>
        <translation>Qué hacen los clientes bizantinos.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>The factor of the sign-flip and scaled attacks.</source>
        <translation>El factor de los ataques de inversión de signo y de escalado.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Ruido σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian attack&apos;s noise, per coordinate.</source>
        <translation>Desviación típica del ruido del ataque gaussiano, por coordenada.</translation>
    </message>
    <message>
        <source>Adversary seed</source>
        <translation>Semilla de los adversarios</translation>
    </message>
    <message>
        <source>Mixed with the federation&apos;s seed to choose the Byzantine clients and their noise, so the same honest federation can be attacked in different ways.</source>
        <translation>Se combina con la semilla de la federación para elegir los clientes bizantinos y su ruido, de modo que la misma federación honesta pueda atacarse de distintas maneras.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>How often and how the global model is tested.</source>
        <translation>Con qué frecuencia y cómo se prueba el modelo global.</translation>
    </message>
    <message>
        <source>Every N rounds</source>
        <translation>Cada N rondas</translation>
    </message>
    <message>
        <source>Test the global model every N rounds; the last round is always tested. Larger values save time on long runs.</source>
        <translation>Probar el modelo global cada N rondas; la última ronda siempre se prueba. Valores mayores ahorran tiempo en ejecuciones largas.</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <source>Also test on each selected client&apos;s data</source>
        <translation>Probar también con los datos de cada cliente seleccionado</translation>
    </message>
    <message>
        <source>Shows how unevenly the global model serves the clients. Costs extra time.</source>
        <translation>Muestra lo desigual que es el modelo global con los clientes. Cuesta tiempo adicional.</translation>
    </message>
    <message>
        <source>Batch size for testing; affects memory and speed only, not the results.</source>
        <translation>Tamaño de lote para las pruebas; solo afecta a la memoria y la velocidad, no a los resultados.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Every client runs on a device profile that says how fast and efficiently it computes and how it reaches the server. From it each client&apos;s energy, time and carbon are modelled in every round.</source>
        <translation>Cada cliente funciona con un perfil de dispositivo que indica lo rápido y eficiente que calcula y cómo llega al servidor. A partir de él se modelan en cada ronda la energía, el tiempo y el carbono de cada cliente.</translation>
    </message>
    <message>
        <source>Device mix</source>
        <translation>Mezcla de dispositivos</translation>
    </message>
    <message>
        <source>Which devices the clients run on. Shares are relative: each profile gets its share of the clients, and which client gets which device is drawn from the seed.</source>
        <translation>En qué dispositivos funcionan los clientes. Las cuotas son relativas: cada perfil recibe su parte de los clientes, y qué cliente recibe qué dispositivo se sortea a partir de la semilla.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>empty: use the device mix</source>
        <translation>vacío: usar la mezcla de dispositivos</translation>
    </message>
    <message>
        <source>Device per client</source>
        <translation>Dispositivo por cliente</translation>
    </message>
    <message>
        <source>An explicit device profile for each client, in client order, separated by commas; replaces the mix. Needs exactly one name per client.</source>
        <translation>Un perfil de dispositivo explícito para cada cliente, en orden de cliente, separados por comas; sustituye a la mezcla. Necesita exactamente un nombre por cliente.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Perfil nuevo…</translation>
    </message>
    <message>
        <source>Device profiles</source>
        <translation>Perfiles de dispositivo</translation>
    </message>
    <message>
        <source>The figures behind each device. Change a built-in profile&apos;s figures for this federation, or define a profile of your own (it must set every figure).</source>
        <translation>Las magnitudes detrás de cada dispositivo. Cambie las magnitudes de un perfil integrado para esta federación o defina un perfil propio (debe fijar todas las magnitudes).</translation>
    </message>
    <message>
        <source>New device profile</source>
        <translation>Nuevo perfil de dispositivo</translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. sensor):</source>
        <translation>Nombre del perfil nuevo (p. ej. sensor):</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>The modelled time, in seconds, a selected client may take for a round (local training plus upload). Required by deadline-aware selection; energy-aware selection also leaves out clients that cannot meet it. None: no deadline.</source>
        <translation>El tiempo modelado, en segundos, que un cliente seleccionado puede tardar en una ronda (entrenamiento local más subida). Necesario para la selección consciente del plazo; la selección consciente de la energía también deja fuera a los clientes que no pueden cumplirlo. Ninguno: sin plazo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Shared bandwidth (Hz)</source>
        <translation>Ancho de banda compartido (Hz)</translation>
    </message>
    <message>
        <source>Uplink bandwidth the selected clients share each round, split to minimise their transmit energy within the deadline. None: every client uses its device profile&apos;s own bandwidth.</source>
        <translation>Ancho de banda de subida que comparten los clientes seleccionados en cada ronda, repartido para minimizar su energía de transmisión dentro del plazo. Ninguno: cada cliente usa el ancho de banda de su propio perfil de dispositivo.</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>Control de potencia</translation>
    </message>
    <message>
        <source>Lowest transmit power that meets the deadline</source>
        <translation>La menor potencia de transmisión que cumple el plazo</translation>
    </message>
    <message>
        <source>Each client transmits at the lowest power that still finishes its upload by the deadline, instead of at its maximum. Needs a deadline.</source>
        <translation>Cada cliente transmite con la menor potencia con la que aún termina su subida dentro del plazo, en lugar de con la máxima. Necesita un plazo.</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>Intensidad de carbono</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid, for every client. Per profile: each device profile&apos;s own figure.</source>
        <translation>Gramos de CO₂ por kWh de la red, para cada cliente. Por perfil: el valor propio de cada perfil de dispositivo.</translation>
    </message>
    <message>
        <source>Per profile</source>
        <translation>Por perfil</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Tamaño de subida</translation>
    </message>
    <message>
        <source>Bytes each client uploads per round. Automatic: the size of the encoded update (4 bytes per parameter plus a small header).</source>
        <translation>Bytes que cada cliente sube por ronda. Automático: el tamaño de la actualización codificada (4 bytes por parámetro más una pequeña cabecera).</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation>FLOP por muestra</translation>
    </message>
    <message>
        <source>Training FLOPs per sample. Automatic: 6 × the model&apos;s multiply-accumulates per forward pass.</source>
        <translation>FLOP de entrenamiento por muestra. Automático: 6 × las multiplicaciones-acumulaciones del modelo por pasada hacia delante.</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>Potencia en reposo</translation>
    </message>
    <message>
        <source>Charge idle power while waiting for the round</source>
        <translation>Contar la potencia en reposo mientras se espera la ronda</translation>
    </message>
    <message>
        <source>Also charge each selected client&apos;s idle power while it waits for the slowest selected client. Off by default, as in the standard model: a device that is on anyway spends that power whether or not it takes part.</source>
        <translation>Contar también la potencia en reposo de cada cliente seleccionado mientras espera al cliente seleccionado más lento. Desactivado por defecto, como en el modelo estándar: un dispositivo que está encendido de todos modos gasta esa potencia participe o no.</translation>
    </message>
    <message>
        <source>Audit ledger</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every run keeps a hash-chained, signed ledger of its rounds. This decides what else it keeps for auditors.</source>
        <translation>Cada ejecución mantiene un registro firmado y encadenado por hashes de sus rondas. Esto decide qué más guarda para los auditores.</translation>
    </message>
    <message>
        <source>Client updates</source>
        <translation>Actualizaciones de clientes</translation>
    </message>
    <message>
        <source>Keep every accepted client update</source>
        <translation>Conservar cada actualización aceptada</translation>
    </message>
    <message>
        <source>Also store every accepted client update in the run file, so that an auditor can replay each aggregation. Costs one model&apos;s size per update.</source>
        <translation>Guardar también cada actualización aceptada de los clientes en el archivo de ejecución, para que un auditor pueda repetir cada agregación. Cuesta el tamaño de un modelo por actualización.</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Machine resources; not part of the federation&apos;s design, and without effect on its results.</source>
        <translation>Recursos de la máquina; no forman parte del diseño de la federación y no afectan a sus resultados.</translation>
    </message>
    <message>
        <source>Training threads</source>
        <translation>Hilos de entrenamiento</translation>
    </message>
    <message>
        <source>How many clients train at the same time on this machine. Automatic: one per CPU core.</source>
        <translation>Cuántos clientes entrenan a la vez en este equipo. Automático: uno por núcleo de CPU.</translation>
    </message>
    <message>
        <source>%1 (defined here)</source>
        <translation>%1 (definido aquí)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Go back to the built-in figures of this profile.</source>
        <translation>Volver a las magnitudes integradas de este perfil.</translation>
    </message>
    <message>
        <source>Remove this profile from the spec.</source>
        <translation>Quitar este perfil de la especificación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Differential privacy bounds how much any one client&apos;s data can change what the models reveal, as an (ε, δ) guarantee that grows with every round (docs/privacy.md).</source>
        <translation>La privacidad diferencial acota cuánto pueden cambiar los datos de un solo cliente lo que revelan los modelos, en forma de una garantía (ε, δ) que crece con cada ronda (docs/privacy.md).</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>Privacidad diferencial</translation>
    </message>
    <message>
        <source>Clip updates and add Gaussian noise</source>
        <translation>Recortar las actualizaciones y añadir ruido gaussiano</translation>
    </message>
    <message>
        <source>DP-FedAvg (McMahan et al. 2018): every update is clipped to the clip norm and Gaussian noise is added; a Rényi-DP accountant reports ε after every round. Needs FedAvg, FedProx or FedAvgM.</source>
        <translation>DP-FedAvg (McMahan et al. 2018): cada actualización se recorta a la norma de recorte y se añade ruido gaussiano; un contador de Rényi-DP informa de ε tras cada ronda. Requiere FedAvg, FedProx o FedAvgM.</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Selected per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation type="vanished">El coordinador recorta las actualizaciones y añade ruido una sola vez a su media. Cada cliente participa con la probabilidad «Seleccionados por ronda», con su propio sorteo. Poco coste en precisión; hay que confiar en el coordinador.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Every node clips and noises its own update before sending it, so not even the coordinator sees it in clear. Much noisier; ε is per node.</source>
        <translation>Cada nodo recorta su propia actualización y le añade ruido antes de enviarla, de modo que ni siquiera el coordinador la ve en claro. Mucho más ruidoso; ε es por nodo.</translation>
    </message>
    <message>
        <source>Where noise is added</source>
        <translation>Dónde se añade el ruido</translation>
    </message>
    <message>
        <source>Central: once, at the coordinator. Local: by every node, before its update leaves.</source>
        <translation>Central: una vez, en el coordinador. Local: en cada nodo, antes de que salga su actualización.</translation>
    </message>
    <message>
        <source>Noise multiplier (z)</source>
        <translation>Multiplicador de ruido (z)</translation>
    </message>
    <message>
        <source>The noise&apos;s standard deviation over the clip norm. Larger: smaller ε per round, noisier models. Central noise per coordinate is z × C / (expected clients per round).</source>
        <translation>La desviación típica del ruido dividida por la norma de recorte. Mayor: menor ε por ronda, modelos más ruidosos. El ruido central por coordenada es z × C / (clientes esperados por ronda).</translation>
    </message>
    <message>
        <source>Clip norm (C)</source>
        <translation>Norma de recorte (C)</translation>
    </message>
    <message>
        <source>Every update is scaled down to at most this L2 norm, which bounds what one client can change. Too small slows learning; too large wastes the noise.</source>
        <translation>Cada actualización se reduce hasta como máximo esta norma L2, lo que acota cuánto puede cambiar un solo cliente. Demasiado pequeña ralentiza el aprendizaje; demasiado grande desperdicia el ruido.</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>The small probability the ε bound may fail; keep it below 1 / clients.</source>
        <translation>La pequeña probabilidad de que la cota ε falle; manténgala por debajo de 1 / clientes.</translation>
    </message>
    <message>
        <source>Privacy budget (ε)</source>
        <translation>Presupuesto de privacidad (ε)</translation>
    </message>
    <message>
        <source>The run stops before a round that would take ε past this budget.</source>
        <translation>La ejecución se detiene antes de una ronda que llevaría ε por encima de este presupuesto.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>Secure aggregation</source>
        <translation>Agregación segura</translation>
    </message>
    <message>
        <source>The coordinator sees only masked updates and their sum</source>
        <translation>El coordinador solo ve actualizaciones enmascaradas y su suma</translation>
    </message>
    <message>
        <source>Pairwise masking (Bonawitz et al. 2017): nodes mask their updates with keys they agree on in pairs, so the masks cancel only in the sum. Needs an averaging strategy (not median, trimmed mean, Krum or SCAFFOLD).</source>
        <translation>Enmascaramiento por pares (Bonawitz et al. 2017): los nodos enmascaran sus actualizaciones con claves que acuerdan por parejas, de modo que las máscaras solo se cancelan en la suma. Requiere una estrategia de promediado (no la mediana, la media recortada, Krum ni SCAFFOLD).</translation>
    </message>
    <message>
        <source>Threshold (t)</source>
        <translation>Umbral (t)</translation>
    </message>
    <message>
        <source>Nodes needed to unmask a round: a fraction of the round&apos;s nodes in (0.5, 1], or a whole number ≥ 2. Up to n − t nodes may drop out; with more the round keeps the model and records an incident.</source>
        <translation>Nodos necesarios para desenmascarar una ronda: una fracción de los nodos de la ronda en (0,5; 1], o un número entero ≥ 2. Pueden abandonar hasta n − t nodos; si abandonan más, la ronda conserva el modelo y registra un incidente.</translation>
    </message>
    <message>
        <source>Fixed-point bits (f)</source>
        <translation>Bits de coma fija (f)</translation>
    </message>
    <message>
        <source>Updates are sent as round(samples × update × 2^f) in 64-bit integers so that the masks cancel exactly. More bits: finer values, a smaller largest value.</source>
        <translation>Las actualizaciones se envían como round(muestras × actualización × 2^f) en enteros de 64 bits para que las máscaras se cancelen exactamente. Más bits: valores más finos, un valor máximo menor.</translation>
    </message>
    <message>
        <source>Simulated dropouts</source>
        <translation>Abandonos simulados</translation>
    </message>
    <message>
        <source>Simulation only: the chance that a node drops out after masking, so that its masked update never arrives. Seeded, so runs stay reproducible.</source>
        <translation>Solo en simulación: la probabilidad de que un nodo abandone tras el enmascaramiento, de modo que su actualización enmascarada nunca llega. Derivada de la semilla, para que las ejecuciones sigan siendo reproducibles.</translation>
    </message>
    <message>
        <source>Contribution and rewards</source>
        <translation>Contribución y recompensas</translation>
    </message>
    <message>
        <source>Scores each accepted update by its Shapley value on a validation split the coordinator holds out, and pays rewards recorded on the ledger.</source>
        <translation>Puntúa cada actualización aceptada según su valor de Shapley en una partición de validación que reserva el coordinador, y paga recompensas que quedan anotadas en el registro.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Score contributions and pay rewards</source>
        <translation>Puntuar las contribuciones y pagar recompensas</translation>
    </message>
    <message>
        <source>Costs evaluations every round (docs/contribution.md measures how many); holds validation samples out of the training set.</source>
        <translation>Cuesta evaluaciones en cada ronda (docs/contribution.md mide cuántas); reserva muestras de validación del conjunto de entrenamiento.</translation>
    </message>
    <message>
        <source>Exact up to 8 updates, then GTG-Shapley, leave-one-out or cosine as the budget allows.</source>
        <translation>Exacto hasta 8 actualizaciones; después, GTG-Shapley, leave-one-out o similitud coseno según lo permita el presupuesto.</translation>
    </message>
    <message>
        <source>Exact Shapley</source>
        <translation>Shapley exacto</translation>
    </message>
    <message>
        <source>Every coalition; at most 8 updates per round.</source>
        <translation>Todas las coaliciones; como máximo 8 actualizaciones por ronda.</translation>
    </message>
    <message>
        <source>GTG-Shapley</source>
        <translation>GTG-Shapley</translation>
    </message>
    <message>
        <source>Guided truncated sampling within the budget.</source>
        <translation>Muestreo truncado guiado dentro del presupuesto.</translation>
    </message>
    <message>
        <source>Truncated Monte-Carlo</source>
        <translation>Monte Carlo truncado</translation>
    </message>
    <message>
        <source>Random permutations within the budget.</source>
        <translation>Permutaciones aleatorias dentro del presupuesto.</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <source>One evaluation per update, plus one.</source>
        <translation>Una evaluación por actualización, más una.</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>Similitud coseno</translation>
    </message>
    <message>
        <source>Similarity to the median update; one evaluation.</source>
        <translation>Similitud con la actualización mediana; una evaluación.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How scores are computed.</source>
        <translation>Cómo se calculan las puntuaciones.</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>Presupuesto de evaluación</translation>
    </message>
    <message>
        <source>Coalition evaluations per round for the sampling methods.</source>
        <translation>Evaluaciones de coaliciones por ronda para los métodos de muestreo.</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>Muestras de validación</translation>
    </message>
    <message>
        <source>Training samples the coordinator holds out to score updates on.</source>
        <translation>Muestras de entrenamiento que el coordinador reserva para puntuar las actualizaciones.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Fondo de recompensas</translation>
    </message>
    <message>
        <source>Reward units shared among each round&apos;s contributors.</source>
        <translation>Unidades de recompensa repartidas entre los contribuyentes de cada ronda.</translation>
    </message>
    <message>
        <source>Energy weight</source>
        <translation>Peso de la energía</translation>
    </message>
    <message>
        <source>Share of the pool paid by score per joule instead of by score.</source>
        <translation>Parte del fondo que se paga según la puntuación por julio en lugar de según la puntuación.</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <source>Where the clients run: simulated inside this program, or as fednode processes on this computer or on SSH hosts that join over mutual TLS with the kits File &gt; Provision Nodes makes (docs/nodes.md).</source>
        <translation>Dónde se ejecutan los clientes: simulados dentro de este programa, o como procesos fednode en este equipo o en hosts SSH que se unen mediante TLS mutuo con los kits que crea Archivo &gt; Aprovisionar nodos (docs/nodes.md).</translation>
    </message>
    <message>
        <source>In this program</source>
        <translation>En este programa</translation>
    </message>
    <message>
        <source>Every client is a simulated thread of the coordinator; nothing to provision.</source>
        <translation>Cada cliente es un hilo simulado del coordinador; no hay nada que aprovisionar.</translation>
    </message>
    <message>
        <source>Local fednode processes</source>
        <translation>Procesos fednode locales</translation>
    </message>
    <message>
        <source>One fednode process per client on this computer, each with its own kit.</source>
        <translation>Un proceso fednode por cliente en este equipo, cada uno con su propio kit.</translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation>Hosts SSH</translation>
    </message>
    <message>
        <source>The kits are copied with scp and fednode is started with ssh on the hosts below, client i on host i mod n.</source>
        <translation>Los kits se copian con scp y fednode se inicia con ssh en los hosts de abajo, el cliente i en el host i mod n.</translation>
    </message>
    <message>
        <source>Clients run</source>
        <translation>Los clientes se ejecutan</translation>
    </message>
    <message>
        <source>In this program (simulation), as local fednode processes, or on SSH hosts. The networked modes need a provisioned kit folder whose node count equals Clients.</source>
        <translation>En este programa (simulación), como procesos fednode locales o en hosts SSH. Los modos en red necesitan una carpeta de kits aprovisionada cuyo número de nodos sea igual a Clientes.</translation>
    </message>
    <message>
        <source>Kit folder</source>
        <translation>Carpeta de kits</translation>
    </message>
    <message>
        <source>The folder File &gt; Provision Nodes (or fedctl provision --out) wrote, with coordinator/ and nodes/. Relative to the spec&apos;s folder.</source>
        <translation>La carpeta que escribió Archivo &gt; Aprovisionar nodos (o fedctl provision --out), con coordinator/ y nodes/. Relativa a la carpeta de la especificación.</translation>
    </message>
    <message>
        <source>e.g. kits</source>
        <translation>p. ej. kits</translation>
    </message>
    <message>
        <source>Choose the kit folder</source>
        <translation>Elegir la carpeta de kits</translation>
    </message>
    <message>
        <source>Provision…</source>
        <translation>Aprovisionar…</translation>
    </message>
    <message>
        <source>Make a federation CA and one startup kit per client (File &gt; Provision Nodes).</source>
        <translation>Crear una CA de la federación y un kit de inicio por cliente (Archivo &gt; Aprovisionar nodos).</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>HOST:PORT the coordinator listens on, e.g. 0.0.0.0:7443 to accept other machines. Empty: the address the kit was provisioned with.</source>
        <translation>HOST:PUERTO en el que escucha el coordinador, p. ej. 0.0.0.0:7443 para aceptar otras máquinas. Vacío: la dirección con la que se aprovisionó el kit.</translation>
    </message>
    <message>
        <source>the kit&apos;s address</source>
        <translation>la dirección del kit</translation>
    </message>
    <message>
        <source>Round deadline (s)</source>
        <translation>Plazo de la ronda (s)</translation>
    </message>
    <message>
        <source>A selected node that has sent no update by then is a dropout. A node that misses five heartbeats is a dropout at once.</source>
        <translation>Un nodo seleccionado que no haya enviado ninguna actualización para entonces es un abandono. Un nodo que pierde cinco latidos es un abandono de inmediato.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>Updates a round needs at its deadline: a fraction of the selected nodes (up to 1), or above 1 a count. Short of it, the run stops with an error naming the round.</source>
        <translation>Actualizaciones que necesita una ronda al cumplirse su plazo: una fracción de los nodos seleccionados (hasta 1), o por encima de 1 un número. Si no se alcanza, la ejecución se detiene con un error que indica la ronda.</translation>
    </message>
    <message>
        <source>the spec&apos;s partition</source>
        <translation type="vanished">la partición de la especificación</translation>
    </message>
    <message>
        <source>Node data</source>
        <translation>Datos de los nodos</translation>
    </message>
    <message>
        <source>Per node, separated by semicolons: a data path on the node&apos;s machine to train on instead of the spec&apos;s partition (fednode --data). Leave an entry empty to keep the partition for that node.</source>
        <translation type="vanished">Por nodo, separados por punto y coma: una ruta de datos en la máquina del nodo con la que entrenar en lugar de la partición de la especificación (fednode --data). Deje una entrada vacía para mantener la partición de ese nodo.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Archivo de identidad</translation>
    </message>
    <message>
        <source>fednode program</source>
        <translation>Programa fednode</translation>
    </message>
    <message>
        <source>SSH options</source>
        <translation>Opciones SSH</translation>
    </message>
    <message>
        <source>[user@]host, as you would give it to ssh</source>
        <translation>[user@]host, tal como se lo daría a ssh</translation>
    </message>
    <message>
        <source>ssh -i FILE; empty: the SSH agent or ~/.ssh defaults</source>
        <translation>ssh -i ARCHIVO; vacío: el agente SSH o los valores predeterminados de ~/.ssh</translation>
    </message>
    <message>
        <source>The fednode program on that host</source>
        <translation>El programa fednode en ese host</translation>
    </message>
    <message>
        <source>ssh -o options, NAME=VALUE, separated by spaces (e.g. UserKnownHostsFile=/path/known_hosts)</source>
        <translation>Opciones ssh -o, NOMBRE=VALOR, separadas por espacios (p. ej. UserKnownHostsFile=/path/known_hosts)</translation>
    </message>
    <message>
        <source>Client i runs on host i mod n. Add a row per machine; the kit goes to ~/.fedstudio/kits there and fednode&apos;s log streams back.</source>
        <translation>El cliente i se ejecuta en el host i mod n. Añada una fila por máquina; el kit va a ~/.fedstudio/kits allí y el registro de fednode se transmite de vuelta.</translation>
    </message>
    <message>
        <source>row %1: the SSH port “%2” is not a whole number</source>
        <translation>fila %1: el puerto SSH «%2» no es un número entero</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Añadir host</translation>
    </message>
    <message>
        <source>Remove the selected host</source>
        <translation>Quitar el host seleccionado</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>Ruta de datos</translation>
    </message>
    <message>
        <source>The node&apos;s kit name; client i is node i</source>
        <translation>El nombre del kit del nodo; el cliente i es el nodo i</translation>
    </message>
    <message>
        <source>fednode --data: a path on the node&apos;s machine; empty: the spec&apos;s partition</source>
        <translation>fednode --data: una ruta en la máquina del nodo; vacía: la partición de la especificación</translation>
    </message>
    <message>
        <source>Per node, a data set on its machine to train on instead of the spec&apos;s partition (fednode --data), of the spec&apos;s data kind. Leave a row empty to keep the partition for that node.</source>
        <translation>Por nodo, un conjunto de datos en su máquina con el que entrenar en lugar de la partición de la especificación (fednode --data), del tipo de datos de la especificación. Deje una fila vacía para mantener la partición para ese nodo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Train the selected node on the spec&apos;s partition again</source>
        <translation>Volver a entrenar el nodo seleccionado con la partición de la especificación</translation>
    </message>
    <message>
        <source>Synthetic data has no files to choose</source>
        <translation>Los datos sintéticos no tienen archivos que elegir</translation>
    </message>
    <message>
        <source>The path is on the SSH host: type it in the table</source>
        <translation>La ruta está en el host SSH: escríbala en la tabla</translation>
    </message>
    <message>
        <source>Choose the selected node&apos;s data on this computer</source>
        <translation>Elegir los datos del nodo seleccionado en este equipo</translation>
    </message>
    <message>
        <source>%1 (no such client)</source>
        <translation>%1 (no existe ese cliente)</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>Fraction of clients per round (0–1)</source>
        <translation>Fracción de clientes por ronda (0–1)</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Fraction of clients per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation>El coordinador recorta las actualizaciones y añade ruido una sola vez a su media. Cada cliente participa con la probabilidad «Fracción de clientes por ronda», con su propio sorteo. Poco coste en precisión; hay que confiar en el coordinador.</translation>
    </message>
    <message>
        <source>Join window (s)</source>
        <translation>Ventana de unión (s)</translation>
    </message>
    <message>
        <source>How long after the start a node that has not joined yet is waited for (an SSH copy, a slow host) before round 1 starts without it; rounds wait for it until then too. The wait ends early when every missing node has failed to launch. 0: the round deadline.</source>
        <translation>Cuánto tiempo después del inicio se espera a un nodo que aún no se ha unido (una copia por SSH, un host lento) antes de que la ronda 1 empiece sin él; hasta entonces, las rondas también lo esperan. La espera termina antes cuando el lanzamiento de cada nodo que falta ha fallado. 0: el plazo de la ronda.</translation>
    </message>
    <message>
        <source>round deadline</source>
        <translation>plazo de la ronda</translation>
    </message>
</context>
<context>
    <name>fed::viewer::AuditWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open for Audit…</source>
        <translation>&amp;Abrir para auditoría…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Show &amp;Block</source>
        <translation>Mostrar &amp;bloque</translation>
    </message>
    <message>
        <source>Show &amp;Lineage</source>
        <translation>Mostrar &amp;linaje</translation>
    </message>
    <message>
        <source>Read-only audit: the run file is never written</source>
        <translation>Auditoría en solo lectura: el archivo de ejecución nunca se escribe</translation>
    </message>
    <message>
        <source>Cannot Open for Audit</source>
        <translation>No se puede abrir para auditoría</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>No se pudo abrir «%1»:
%2</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>Abrir ejecución para auditoría</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>Ejecuciones de federación (*.fedrun);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>%1 — Audit (read-only)</source>
        <translation>%1 — Auditoría (solo lectura)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockDetailView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The block before this one (its previous hash)</source>
        <translation>El bloque anterior a este (su hash previo)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Trace Lineage</source>
        <translation>Rastrear linaje</translation>
    </message>
    <message>
        <source>Show where this block&apos;s model came from, back to genesis</source>
        <translation>Mostrar de dónde viene el modelo de este bloque, hasta la génesis</translation>
    </message>
    <message>
        <source>SHA-256 (block hash):</source>
        <translation>SHA-256 (hash del bloque):</translation>
    </message>
    <message>
        <source>Signed message:</source>
        <translation>Mensaje firmado:</translation>
    </message>
    <message>
        <source>Coordinator signature:</source>
        <translation>Firma del coordinador:</translation>
    </message>
    <message>
        <source>Copy Bytes as Hex</source>
        <translation>Copiar bytes en hexadecimal</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Raw Bytes</source>
        <translation>Bytes sin procesar</translation>
    </message>
    <message>
        <source>Not verified yet. Verify checks every hash link, signature, Merkle root and stored model of the chain, and replays the rounds whose updates are stored.</source>
        <translation>Aún no verificado. Verificar comprueba cada enlace de hash, firma, raíz de Merkle y modelo almacenado de la cadena, y repite las rondas cuyas actualizaciones están almacenadas.</translation>
    </message>
    <message>
        <source>✓ Valid: this block&apos;s hash link, coordinator signature, node signatures, Merkle root and stored blobs check out, and so does every block before it.</source>
        <translation>✓ Válido: el enlace de hash, la firma del coordinador, las firmas de los nodos, la raíz de Merkle y los blobs almacenados de este bloque son correctos, igual que todos los bloques anteriores.</translation>
    </message>
    <message>
        <source>Replaying its aggregation from the stored updates gives its model.</source>
        <translation>Repetir su agregación a partir de las actualizaciones almacenadas da su modelo.</translation>
    </message>
    <message>
        <source>Its updates were not stored, so it was not replayed.</source>
        <translation>Sus actualizaciones no se almacenaron, así que no se repitió.</translation>
    </message>
    <message>
        <source>✗ INVALID — the first bad block of the chain: %1</source>
        <translation>✗ NO VÁLIDO — el primer bloque incorrecto de la cadena: %1</translation>
    </message>
    <message>
        <source>⚠ Untrusted — %1</source>
        <translation>⚠ No fiable — %1</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Ningún bloque seleccionado</translation>
    </message>
    <message>
        <source>Select a block in the list to see everything it records.</source>
        <translation>Seleccione un bloque de la lista para ver todo lo que registra.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloque %1</translation>
    </message>
    <message>
        <source>Cannot be read:</source>
        <translation>No se puede leer:</translation>
    </message>
    <message>
        <source>Block 0 · genesis</source>
        <translation>Bloque 0 · génesis</translation>
    </message>
    <message>
        <source>Block %1 · round %2</source>
        <translation>Bloque %1 · ronda %2</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Altura:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>%1 (format version %2)</source>
        <translation>%1 (versión de formato %2)</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>%1 local · %2</source>
        <translation>%1 local · %2</translation>
    </message>
    <message>
        <source>Block hash:</source>
        <translation>Hash del bloque:</translation>
    </message>
    <message>
        <source>Previous block:</source>
        <translation>Bloque anterior:</translation>
    </message>
    <message>
        <source>(none: genesis)</source>
        <translation>(ninguno: génesis)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Federation id:</source>
        <translation>Id de la federación:</translation>
    </message>
    <message>
        <source>Federation:</source>
        <translation>Federación:</translation>
    </message>
    <message>
        <source>Spec hash:</source>
        <translation>Hash de la especificación:</translation>
    </message>
    <message>
        <source>✓ SHA-256 of the spec</source>
        <translation>✓ SHA-256 de la especificación</translation>
    </message>
    <message>
        <source>✗ not the spec&apos;s SHA-256</source>
        <translation>✗ no es el SHA-256 de la especificación</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Clave del coordinador:</translation>
    </message>
    <message>
        <source>Coordinator id:</source>
        <translation>Id del coordinador:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Initial model:</source>
        <translation>Modelo inicial:</translation>
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
        <translation>Ronda:</translation>
    </message>
    <message>
        <source>Parent model:</source>
        <translation>Modelo padre:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Strategy state:</source>
        <translation>Estado de la estrategia:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Estrategia:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodos:</translation>
    </message>
    <message>
        <source>%1 selected · %2 accepted · %3 incident(s)</source>
        <translation type="vanished">%1 seleccionados · %2 aceptados · %3 incidente(s)</translation>
    </message>
    <message>
        <source>Merkle root:</source>
        <translation>Raíz de Merkle:</translation>
    </message>
    <message>
        <source>✓ the updates give this root</source>
        <translation>✓ las actualizaciones dan esta raíz</translation>
    </message>
    <message>
        <source>✗ the updates give %1</source>
        <translation>✗ las actualizaciones dan %1</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energía:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>Actualizaciones (%1)</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Incidentes (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <source>The block&apos;s canonical encoding (docs/ledger-format.md), %1 bytes. Its SHA-256 is the block hash; the coordinator signs the message below.</source>
        <translation>La codificación canónica del bloque (docs/ledger-format.md), %1 bytes. Su SHA-256 es el hash del bloque; el coordinador firma el mensaje de abajo.</translation>
    </message>
    <message>
        <source>The first %1 bytes are shown; Copy Bytes copies them all.</source>
        <translation>Se muestran los primeros %1 bytes; Copiar bytes los copia todos.</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message>
        <source>Contributions:</source>
        <translation>Contribuciones:</translation>
    </message>
    <message>
        <source>%1 · reward rule %2 (%3) · %4 paid out — %5</source>
        <translation>%1 · regla de recompensa %2 (%3) · %4 pagado — %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected · %2 accepted · %n incident(s)</source>
        <translation>
            <numerusform>%1 seleccionados · %2 aceptados · %n incidente</numerusform>
            <numerusform>%1 seleccionados · %2 aceptados · %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockListModel</name>
    <message>
        <source>No block is stored at this height: it is missing from the chain.</source>
        <translation>No hay ningún bloque almacenado a esta altura: falta en la cadena.</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to check the whole chain.</source>
        <translation>Aún no verificado: pulse Verificar para comprobar toda la cadena.</translation>
    </message>
    <message>
        <source>Model %1
Block %2</source>
        <translation>Modelo %1
Bloque %2</translation>
    </message>
    <message>
        <source>%1 accepted of %2 selected; %3 incident(s)</source>
        <translation type="vanished">%1 aceptados de %2 seleccionados; %3 incidente(s)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
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
        <translation>Actualizaciones aceptadas / nodos seleccionados; ⚠ cuando alguna se rechazó o se descartó</translation>
    </message>
    <message>
        <source>The global model&apos;s test accuracy after the round</source>
        <translation>La precisión de prueba del modelo global tras la ronda</translation>
    </message>
    <message>
        <source>The round&apos;s modelled energy: computation, communication and idle</source>
        <translation>La energía modelada de la ronda: cómputo, comunicación e inactividad</translation>
    </message>
    <message>
        <source>What the last verification found</source>
        <translation>Lo que encontró la última verificación</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted of %2 selected; %n incident(s)</source>
        <translation>
            <numerusform>%1 aceptados de %2 seleccionados; %n incidente</numerusform>
            <numerusform>%1 aceptados de %2 seleccionados; %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::ContributionsModel</name>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Model it went into</source>
        <translation>Modelo al que contribuyó</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Its update</source>
        <translation>Su actualización</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Precisión del modelo</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>Su energía</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Puntuación de contribución</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo después</translation>
    </message>
</context>
<context>
    <name>fed::viewer::CopyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>&amp;Copiar %1</translation>
    </message>
</context>
<context>
    <name>fed::viewer::HashLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>fed::viewer::IncidentsModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Id de nodo %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>none arrived</source>
        <translation>no llegó ninguna</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Hash de la actualización</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LedgerExplorer</name>
    <message>
        <source>Search: hash prefix, node id, client 3, round 12, or a time (2024-11-21 10:30)</source>
        <translation type="vanished">Buscar: prefijo de hash, id de nodo, client 3, ronda 12 o una hora (2024-11-21 10:30)</translation>
    </message>
    <message>
        <source>A block, model or update hash prefix; a node id prefix or “client 3”; a round number; or a date and time — Enter jumps to the first match.</source>
        <translation>Un prefijo de hash de bloque, modelo o actualización; un prefijo de id de nodo o «client 3»; un número de ronda; o una fecha y hora — Intro salta a la primera coincidencia.</translation>
    </message>
    <message>
        <source>&amp;Find in Ledger</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Check every hash link, signature, Merkle root and stored model, in the background</source>
        <translation>Comprobar cada enlace de hash, firma, raíz de Merkle y modelo almacenado, en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the verification or the report</source>
        <translation>Detener la verificación o el informe</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>&amp;Exportar informe de auditoría…</translation>
    </message>
    <message>
        <source>Write the chosen model&apos;s audit report as HTML or PDF</source>
        <translation>Escribir el informe de auditoría del modelo elegido en HTML o PDF</translation>
    </message>
    <message>
        <source>&amp;Print Audit Report…</source>
        <translation>&amp;Imprimir informe de auditoría…</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Also recompute each round&apos;s aggregation from its stored updates and compare the model hash</source>
        <translation>Recalcular también la agregación de cada ronda a partir de sus actualizaciones almacenadas y comparar el hash del modelo</translation>
    </message>
    <message>
        <source>Follow new blocks</source>
        <translation>Seguir bloques nuevos</translation>
    </message>
    <message>
        <source>Add the blocks of a running federation as it commits its rounds</source>
        <translation>Añadir los bloques de una federación en curso a medida que confirma sus rondas</translation>
    </message>
    <message>
        <source>Copy &amp;Block Hash</source>
        <translation>Copiar hash del &amp;bloque</translation>
    </message>
    <message>
        <source>Copy &amp;Model Hash</source>
        <translation>Copiar hash del &amp;modelo</translation>
    </message>
    <message>
        <source>&amp;Trace Lineage</source>
        <translation>&amp;Rastrear linaje</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the search results</source>
        <translation>Cerrar los resultados de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloque</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>&amp;Linaje</translation>
    </message>
    <message>
        <source>Cannot open the run file: %1</source>
        <translation>No se puede abrir el archivo de ejecución: %1</translation>
    </message>
    <message>
        <source>Its blocks appear here as the run commits its rounds.</source>
        <translation>Sus bloques aparecen aquí a medida que la ejecución confirma sus rondas.</translation>
    </message>
    <message>
        <source>No run file is open. The Ledger tab shows the run on the Run page; File &gt; Open for Audit opens any run file read-only.</source>
        <translation>No hay ningún archivo de ejecución abierto. La pestaña Registro muestra la ejecución de la página Ejecución; Archivo &gt; Abrir para auditoría abre cualquier archivo de ejecución en solo lectura.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) written since are not verified yet.</source>
        <translation>
            <numerusform>%n bloque escrito desde entonces aún no está verificado.</numerusform>
            <numerusform>%n bloques escritos desde entonces aún no están verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>Verificando %p %</translation>
    </message>
    <message>
        <source>Verifying the chain, replaying the rounds whose updates are stored…</source>
        <translation>Verificando la cadena y repitiendo las rondas cuyas actualizaciones están almacenadas…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verificando la cadena…</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>La verificación se canceló; no se ha comprobado nada.</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>Verificación cancelada</translation>
    </message>
    <message>
        <source>The run committed new blocks while it was being verified: verify again once it has finished for a result that covers them.</source>
        <translation>La ejecución confirmó bloques nuevos mientras se verificaba: vuelva a verificar cuando haya terminado para obtener un resultado que los cubra.</translation>
    </message>
    <message>
        <source>Ledger verified: valid</source>
        <translation>Registro verificado: válido</translation>
    </message>
    <message>
        <source>Ledger verified: INVALID</source>
        <translation>Registro verificado: NO VÁLIDO</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>Nothing in this ledger matches “%1”.</source>
        <translation>Nada en este registro coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 match(es) for “%2”%3 — click one to go to its block.</source>
        <translation>%1 coincidencia(s) para «%2»%3 — haga clic en una para ir a su bloque.</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (las primeras %1)</translation>
    </message>
    <message>
        <source>The ledger has no model to report on yet.</source>
        <translation>El registro aún no tiene ningún modelo sobre el que informar.</translation>
    </message>
    <message>
        <source>Report %p%</source>
        <translation>Informe %p %</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>El informe se canceló.</translation>
    </message>
    <message>
        <source>Audit report written</source>
        <translation>Informe de auditoría escrito</translation>
    </message>
    <message>
        <source>Export Audit Report for Model %1</source>
        <translation>Exportar informe de auditoría del modelo %1</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Informe HTML (*.html);;Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>Informe de auditoría %1</translation>
    </message>
    <message>
        <source>Print Audit Report for Model %1</source>
        <translation>Imprimir informe de auditoría del modelo %1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>No run file open</source>
        <translation>Ningún archivo de ejecución abierto</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n block(s)</source>
        <translation>
            <numerusform>%1 · %n bloque</numerusform>
            <numerusform>%1 · %n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>cabeza %1</translation>
    </message>
    <message>
        <source>opened read-only: this viewer never writes to the file</source>
        <translation>abierto en solo lectura: este visor nunca escribe en el archivo</translation>
    </message>
    <message>
        <source>Find: hash, node id, client 3, round 12, 2024-11-21 10:30</source>
        <translation>Buscar: hash, id de nodo, client 3, ronda 12, 2024-11-21 10:30</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageScene</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>Every contributor is listed in the block&apos;s Updates tab.</source>
        <translation>Todos los contribuyentes aparecen en la pestaña Actualizaciones del bloque.</translation>
    </message>
    <message>
        <source>%1 older model versions · show more</source>
        <translation>%1 versiones más antiguas del modelo · mostrar más</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageView</name>
    <message>
        <source>Pick a block and Trace Lineage to see where its model came from.</source>
        <translation>Elija un bloque y Rastrear linaje para ver de dónde viene su modelo.</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Draw %1 older model versions</source>
        <translation>Dibujar %1 versiones más antiguas del modelo</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>Ajustar todo el grafo a la vista</translation>
    </message>
    <message>
        <source>A node: highlight every model it contributed to</source>
        <translation>Un nodo: resaltar cada modelo al que contribuyó</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <source>None: pick a node to highlight its models</source>
        <translation>Ninguno: elija un nodo para resaltar sus modelos</translation>
    </message>
    <message>
        <source>client %1 · %2</source>
        <translation>cliente %1 · %2</translation>
    </message>
    <message>
        <source>Tracing model %1…</source>
        <translation>Rastreando el modelo %1…</translation>
    </message>
    <message>
        <source>The lineage of model %1 cannot be traced</source>
        <translation>El linaje del modelo %1 no se puede rastrear</translation>
    </message>
    <message>
        <source>the initial model</source>
        <translation>el modelo inicial</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 version(s) back to genesis, %4 contributing node(s)</source>
        <translation type="vanished">Modelo %1 (%2): %3 versión(es) hasta la génesis, %4 nodo(s) contribuyente(s)</translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4 contributing node(s); %5 older</source>
        <translation type="vanished">Modelo %1 (%2): las %3 versiones más recientes, %4 nodo(s) contribuyente(s); %5 más antiguas</translation>
    </message>
    <message>
        <source>Reading its contributions…</source>
        <translation>Leyendo sus contribuciones…</translation>
    </message>
    <message>
        <source>Click a node in the graph, or pick one above, to highlight every model it contributed to.</source>
        <translation>Haga clic en un nodo del grafo, o elija uno arriba, para resaltar cada modelo al que contribuyó.</translation>
    </message>
    <message>
        <source>node id %1</source>
        <translation>id de nodo %1</translation>
    </message>
    <message>
        <source>%1 contributed to %2 of %3 rounds (%4 samples, %5 of its own energy); the %6 drawn above are highlighted.</source>
        <translation>%1 contribuyó a %2 de %3 rondas (%4 muestras, %5 de su propia energía); las %6 dibujadas arriba están resaltadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing node(s)</source>
        <translation>
            <numerusform>%n nodo contribuyente</numerusform>
            <numerusform>%n nodos contribuyentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): %3, %4</source>
        <translation>Modelo %1 (%2): %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) back to genesis</source>
        <translation>
            <numerusform>%n versión hasta la génesis</numerusform>
            <numerusform>%n versiones hasta la génesis</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4; %5 older</source>
        <translation>Modelo %1 (%2): las %3 versiones más recientes, %4; %5 más antiguas</translation>
    </message>
</context>
<context>
    <name>fed::viewer::MembersModel</name>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Node id (SHA-256 of the key)</source>
        <translation>Id de nodo (SHA-256 de la clave)</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>Clave pública (Ed25519)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::SearchResultsModel</name>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>fed::viewer::UpdatesModel</name>
    <message>
        <source>Node id %1</source>
        <translation>Id de nodo %1</translation>
    </message>
    <message>
        <source>The node&apos;s Ed25519 signature over (federation, round, parent model, update hash, samples) verifies with the key the genesis block names.
%1</source>
        <translation>La firma Ed25519 del nodo sobre (federación, ronda, modelo padre, hash de la actualización, muestras) se verifica con la clave que nombra el bloque génesis.
%1</translation>
    </message>
    <message>
        <source>The signature does not verify: the update, its sample count, its round or its parent model was changed after the node signed it.</source>
        <translation>La firma no se verifica: la actualización, su número de muestras, su ronda o su modelo padre se modificaron después de que el nodo la firmara.</translation>
    </message>
    <message>
        <source>The genesis block names no node with this id.</source>
        <translation>El bloque génesis no nombra ningún nodo con este id.</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>pérdida %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>precisión %1</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ válido</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ NO VÁLIDO</translation>
    </message>
    <message>
        <source>✗ unknown node</source>
        <translation>✗ nodo desconocido</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>Hash de la actualización</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>This block records no contribution scores</source>
        <translation>Este bloque no registra puntuaciones de contribución</translation>
    </message>
    <message>
        <source>Contribution score %1 (validation gain), reward %2, balance after this round %3; `fedctl ledger verify` recomputes the reward and the balance</source>
        <translation>Puntuación de contribución %1 (ganancia de validación), recompensa %2, saldo tras esta ronda %3; `fedctl ledger verify` recalcula la recompensa y el saldo</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>Puntuación de contribución</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditReport</name>
    <message>
        <source>Audit report: model %1</source>
        <translation>审计报告：模型 %1</translation>
    </message>
    <message>
        <source>Federation “%1” (id %2) · run file %3 · generated %4 by Federation Studio</source>
        <translation>联邦“%1”（ID %2）· 运行文件 %3 · 由 Federation Studio 于 %4 生成</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Has anything been changed?</source>
        <translation>是否有内容被篡改？</translation>
    </message>
    <message>
        <source>No: the ledger verifies.</source>
        <translation>否：账本验证通过。</translation>
    </message>
    <message>
        <source>Yes: the ledger does NOT verify.</source>
        <translation>是：账本验证未通过。</translation>
    </message>
    <message>
        <source>Block %1 is on this model&apos;s lineage: the model and everything recorded after that block cannot be trusted.</source>
        <translation>区块 %1 位于该模型的谱系上：该模型以及该区块之后记录的一切都不可信。</translation>
    </message>
    <message>
        <source>The first bad block comes after this model&apos;s round, so its lineage verified; later records do not.</source>
        <translation>第一个错误区块出现在该模型所在轮次之后，因此其谱系已通过验证；之后的记录则没有。</translation>
    </message>
    <message>
        <source>Where did this model come from?</source>
        <translation>这个模型从何而来？</translation>
    </message>
    <message>
        <source>Its lineage cannot be traced: %1</source>
        <translation>无法追溯其谱系：%1</translation>
    </message>
    <message>
        <source>Model %1 is the federation&apos;s initial model, fixed by the genesis block on %2.</source>
        <translation>模型 %1 是联邦的初始模型，由 %2 的创世区块确定。</translation>
    </message>
    <message>
        <source>Model %1 was produced by round %2 (block %3, %4). It descends from the initial model %5 through %6 rounds, into which %7 nodes put %8 updates trained on %9 samples.</source>
        <translation>模型 %1 由第 %2 轮产生（区块 %3，%4）。它经过 %6 轮从初始模型 %5 演化而来，期间 %7 个节点提交了 %8 个更新，基于 %9 个样本训练。</translation>
    </message>
    <message>
        <source>Its test accuracy is %1 and its test loss %2.</source>
        <translation>其测试准确率为 %1，测试损失为 %2。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Energy along the lineage: %1 (computation %2, communication %3, idle %4), %5 g CO₂.</source>
        <translation>谱系上的能耗：%1（计算 %2，通信 %3，空闲 %4），%5 克 CO₂。</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>谱系</translation>
    </message>
    <message>
        <source>Each model version, back to the initial model, with the nodes whose updates made it. Node names come from the genesis block&apos;s member list; node ids are the SHA-256 of the nodes&apos; public keys.</source>
        <translation>每个模型版本，一直追溯到初始模型，以及其更新产生该版本的节点。节点名称来自创世区块的成员列表；节点 ID 是节点公钥的 SHA-256。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父模型</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>… %1 more rounds, listed by fedctl ledger export …</source>
        <translation>……另有 %1 轮，可用 fedctl ledger export 列出……</translation>
    </message>
    <message>
        <source>clients %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>创世</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>initial model</source>
        <translation>初始模型</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>First–last round</source>
        <translation>首轮–末轮</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>自身能耗</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Checked: every hash link, the coordinator&apos;s signature on every block, every node&apos;s signature on its update, every Merkle root, the model and update blobs (re-hashed: %1 bytes, %2 signatures), and the run&apos;s tables against the blocks.</source>
        <translation>已检查：每个哈希链接、每个区块上的协调者签名、每个节点对其更新的签名、每个默克尔根、模型和更新数据块（重新计算哈希：%1 字节，%2 个签名），以及运行文件中的表与区块的一致性。</translation>
    </message>
    <message>
        <source>Head block %1, hash</source>
        <translation>头区块 %1，哈希</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>区块 %1：%2</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>联邦</translation>
    </message>
    <message>
        <source>Federation id</source>
        <translation>联邦 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spec hash</source>
        <translation>规格哈希</translation>
    </message>
    <message>
        <source>Coordinator key</source>
        <translation>协调者公钥</translation>
    </message>
    <message>
        <source>Coordinator id</source>
        <translation>协调者 ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Initial model</source>
        <translation>初始模型</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Checking this report</source>
        <translation>核查本报告</translation>
    </message>
    <message>
        <source>The ledger&apos;s format is public (docs/ledger-format.md). Anyone can re-check the run file without Federation Studio&apos;s viewer:</source>
        <translation>账本格式是公开的（docs/ledger-format.md）。任何人都可以不用 Federation Studio 的查看器重新检查运行文件：</translation>
    </message>
    <message>
        <source>Keep the head hash above somewhere else: without it, blocks removed from the end of a chain together with their rounds cannot be detected (fedctl ledger verify --expect-head HASH checks it).</source>
        <translation>请将上面的头哈希另行保存：没有它，就无法发现从链末尾连同其轮次一起被删除的区块（fedctl ledger verify --expect-head HASH 会检查这一点）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Federation Studio audit report</source>
        <translation>Federation Studio 审计报告</translation>
    </message>
    <message>
        <source>Federation Studio</source>
        <translation>Federation Studio</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>LedgerConnection</name>
    <message>
        <source>This run file has no audit ledger (yet).</source>
        <translation>此运行文件（尚）无审计账本。</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>账本中还没有区块。</translation>
    </message>
</context>
<context>
    <name>LedgerSearch</name>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>block hash</source>
        <translation>区块哈希</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Search for a hash prefix (hex), a node id prefix, “client 3”, a round (“12”) or a time (“2024-11-21 10:30”).</source>
        <translation>搜索哈希前缀（十六进制）、节点 ID 前缀、“client 3”、轮次（“12”）或时间（“2024-11-21 10:30”）。</translation>
    </message>
    <message>
        <source>The ledger has no blocks yet.</source>
        <translation>账本中还没有区块。</translation>
    </message>
    <message>
        <source>the genesis block</source>
        <translation>创世区块</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>the last block: every block is older than %1</source>
        <translation>最后一个区块：所有区块都早于 %1</translation>
    </message>
    <message>
        <source>the first block at or after %1</source>
        <translation>%1 或之后的第一个区块</translation>
    </message>
    <message numerus="yes">
        <source>client %1 · %2 · contributed to %n block(s)</source>
        <translation>
            <numerusform>客户端 %1 · %2 · 参与了 %n 个区块</numerusform>
        </translation>
    </message>
    <message>
        <source>The genesis block names no client %1.</source>
        <translation>创世区块中没有客户端 %1。</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>update %1 from %2</source>
        <translation>来自 %2 的更新 %1</translation>
    </message>
    <message>
        <source>refused update %1 from %2</source>
        <translation>来自 %2 的被拒更新 %1</translation>
    </message>
</context>
<context>
    <name>LineageScene</name>
    <message>
        <source>Model %1
Block %2 (height %3)
Click to show the block.</source>
        <translation>模型 %1
区块 %2（高度 %3）
点击以显示该区块。</translation>
    </message>
    <message>
        <source>Initial model · genesis</source>
        <translation>初始模型 · 创世</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>%1
Node id %2
Click to highlight every model it contributed to.</source>
        <translation>%1
节点 ID %2
点击以突出显示它参与贡献的每个模型。</translation>
    </message>
</context>
<context>
    <name>NodeDirectory</name>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Federation %1: %2 node kits.

Coordinator (keep on its machine, never hand out): %3/coordinator
Listens on %4

</source>
        <translation>联邦 %1：%2 个节点启动包。

协调者（保留在其所在机器上，切勿分发）：%3/coordinator
监听地址：%4

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
        <translation>它位于第一个错误区块 %1 之后，因此其中任何内容都不可信。</translation>
    </message>
    <message>
        <source>Its own problems: %1</source>
        <translation>自身的问题：%1</translation>
    </message>
    <message>
        <source>Verification could not run: %1</source>
        <translation>无法执行验证：%1</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>验证已取消；未检查任何内容。</translation>
    </message>
    <message>
        <source>The chain is valid: %1 blocks, %2 signatures, every hash link, Merkle root and stored model check out (%3 s).</source>
        <translation>链有效：%1 个区块，%2 个签名，每个哈希链接、默克尔根和存储的模型均核对无误（%3 秒）。</translation>
    </message>
    <message>
        <source>block %1 (round %2)</source>
        <translation>区块 %1（第 %2 轮）</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>The chain is INVALID from %1: %2.</source>
        <translation>链自 %1 起无效：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) in that block.</source>
        <translation>
            <numerusform>该区块中还有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n block(s) after it are untrusted.</source>
        <translation>
            <numerusform>其后的 %n 个区块不可信。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>无法验证账本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced every round&apos;s model from its stored updates (%n round(s)).</source>
        <translation>
            <numerusform>重放已根据存储的更新重现了每一轮的模型（%n 轮）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay reproduced %1 round(s) from their stored updates; %2 round(s) could not be replayed because their updates were not stored.</source>
        <translation type="vanished">重放根据存储的更新重现了 %1 轮；%2 轮因更新未被存储而无法重放。</translation>
    </message>
    <message>
        <source>No round was replayed: this run did not keep its nodes&apos; updates (the spec&apos;s Audit ledger &gt; Client updates). Every other check was made.</source>
        <translation>没有重放任何轮次：此运行未保存其节点的更新（规范中的 审计账本 &gt; 客户端更新）。其他所有检查均已完成。</translation>
    </message>
    <message numerus="yes">
        <source>And %n more block(s) whose signatures depend on it.</source>
        <translation>
            <numerusform>另有 %n 个区块的签名依赖于它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own checks fail only because its signatures depend on block %1, which was altered.</source>
        <translation>它自身的检查失败，只是因为它的签名依赖于已被篡改的区块 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Replay reproduced %n round(s) from their stored updates.</source>
        <translation>
            <numerusform>重放根据存储的更新重现了 %n 轮。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) could not be replayed because their updates were not stored.</source>
        <translation>
            <numerusform>%n 轮因更新未被存储而无法重放。</numerusform>
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
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>创世</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>不可信</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
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
        <translation>关于 Federation Studio</translation>
    </message>
    <message>
        <source>Design, run and audit federated-learning federations: real models trained with LibTorch on data spread across many clients, every run kept in one file with a hash-chained audit ledger.</source>
        <translation>设计、运行和审计联邦学习联邦：用 LibTorch 在分布于众多客户端的数据上训练真实模型，每次运行都保存在一个带有哈希链审计账本的文件中。</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>复制版本信息</translation>
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
        <translation>图表“%1”没有可导出的内容：%2</translation>
    </message>
    <message>
        <source>Exported from Federation Studio</source>
        <translation>由 Federation Studio 导出</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Charts are exported as .png or .svg, not &quot;%1&quot;</source>
        <translation>图表只能导出为 .png 或 .svg，不能是“%1”</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>将图表另存为 SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>fed::ui::ClientsModel</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>node %1 · %2</source>
        <translation>节点 %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>客户端 %1，节点 ID %2</translation>
    </message>
    <message>
        <source>Selected for this round; its update has not arrived yet</source>
        <translation>已被选入本轮；其更新尚未到达</translation>
    </message>
    <message>
        <source>Took part in %1 of the %2 rounds so far</source>
        <translation>迄今为止参与了 %2 轮中的 %1 轮</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rounds taken part</source>
        <translation>参与轮数</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>最近损失</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>The run does not score contributions (spec: contribution.enabled)</source>
        <translation>本次运行不对贡献评分（规格：contribution.enabled）</translation>
    </message>
    <message>
        <source>Shapley estimate (%1) of the validation gain this node&apos;s updates brought, summed over %2 rounds</source>
        <translation>该节点的更新所带来验证增益的 Shapley 估计（%1），累计 %2 轮</translation>
    </message>
    <message>
        <source>Rewards earned: %1 in total, %2 in the last scored round</source>
        <translation>已获奖励：共 %1，最近一个已评分轮次 %2</translation>
    </message>
    <message>
        <source>Contribution score per kJ of the node&apos;s modelled energy in scored rounds</source>
        <translation>已评分轮次中，节点每 kJ 建模能耗对应的贡献分数</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>贡献分数</translation>
    </message>
    <message>
        <source>Reward balance</source>
        <translation>奖励余额</translation>
    </message>
    <message>
        <source>Score per kJ</source>
        <translation>每 kJ 分数</translation>
    </message>
    <message>
        <source>%1 · ⚠ Byzantine</source>
        <translation>%1 · ⚠ 拜占庭</translation>
    </message>
    <message>
        <source>A Byzantine client: the spec makes it an adversary (%1). Robust strategies are meant to keep its updates from harming the model.</source>
        <translation>拜占庭客户端：规格将其设为攻击者（%1）。稳健策略旨在防止其更新损害模型。</translation>
    </message>
</context>
<context>
    <name>fed::ui::Dashboard</name>
    <message>
        <source>Accuracy and loss per round</source>
        <translation>每轮准确率和损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation type="vanished">准确率 (%)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Energy per round</source>
        <translation>每轮能耗</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Per round</source>
        <translation>每轮</translation>
    </message>
    <message>
        <source>Accuracy against energy spent</source>
        <translation>准确率与能耗的关系</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>累计能耗</translation>
    </message>
    <message>
        <source>Training loss per client (first %1 clients)</source>
        <translation>各客户端训练损失（前 %1 个客户端）</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;No energy data in this run&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its rounds record no modelled energy (the run file was made before energy accounting).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:11pt&apos;&gt;&lt;b&gt;本次运行没有能耗数据&lt;/b&gt;&lt;/p&gt;&lt;p&gt;其各轮未记录建模能耗（该运行文件创建于能耗核算功能之前）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per round (%1)</source>
        <translation>每轮（%1）</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>累计（%1）</translation>
    </message>
    <message>
        <source>Cumulative energy (%1)</source>
        <translation>累计能耗（%1）</translation>
    </message>
    <message>
        <source>Privacy spent (ε)</source>
        <translation>已消耗隐私预算 (ε)</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Accuracy, loss and privacy spent per round</source>
        <translation>每轮准确率、损失和已消耗隐私预算</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
</context>
<context>
    <name>fed::ui::DesignerPage</name>
    <message>
        <source>Double-click or press Enter on a problem to go to its field.</source>
        <translation>双击问题或按 Enter 键可跳转到对应字段。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>No problems: ready to start.</source>
        <translation>没有问题：可以开始。</translation>
    </message>
    <message>
        <source>1 problem to fix before starting</source>
        <translation>开始前需修复 1 个问题</translation>
    </message>
    <message>
        <source>%1 problems to fix before starting</source>
        <translation>开始前需修复 %1 个问题</translation>
    </message>
    <message>
        <source>Untitled federation</source>
        <translation>未命名联邦</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 个客户端</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 个客户端</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <source>Synthetic(%1, %2)</source>
        <translation>合成(%1, %2)</translation>
    </message>
    <message>
        <source>, IID split</source>
        <translation>，IID 划分</translation>
    </message>
    <message>
        <source>, Dirichlet α = %1</source>
        <translation>，Dirichlet α = %1</translation>
    </message>
    <message>
        <source>, 1 shard per client</source>
        <translation>，每个客户端 1 个分片</translation>
    </message>
    <message>
        <source>, %1 shards per client</source>
        <translation>，每个客户端 %1 个分片</translation>
    </message>
    <message>
        <source>, quantity skew α = %1</source>
        <translation>，数量偏斜 α = %1</translation>
    </message>
    <message>
        <source>%1, learning rate %2, %3</source>
        <translation>%1，学习率 %2，%3</translation>
    </message>
    <message>
        <source>1 local epoch</source>
        <translation>1 个本地轮次</translation>
    </message>
    <message>
        <source>%1 local epochs</source>
        <translation>%1 个本地轮次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 problem in this section</source>
        <translation>本节有 1 个问题</translation>
    </message>
    <message>
        <source>%1 problems in this section</source>
        <translation>本节有 %1 个问题</translation>
    </message>
</context>
<context>
    <name>fed::ui::DeviceMixModel</name>
    <message>
        <source>The share of the clients this profile gets: its share divided by the sum of all shares.</source>
        <translation>此配置文件分得的客户端比例：其份额除以所有份额之和。</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>设备配置文件</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Of clients</source>
        <translation>客户端占比</translation>
    </message>
</context>
<context>
    <name>fed::ui::FederationWorker</name>
    <message>
        <source>The paused federation is no longer in memory; resume it from its run file.</source>
        <translation>已暂停的联邦不再驻留内存；请从其运行文件恢复。</translation>
    </message>
    <message>
        <source>The kit folder %1</source>
        <translation>启动包文件夹 %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::IncidentsModel</name>
    <message>
        <source>node %1 · %2</source>
        <translation>节点 %1 · %2</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Client %1, node id %2</source>
        <translation>客户端 %1，节点 ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchModel</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Copying kit</source>
        <translation>正在复制启动包</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>lost (no heartbeat)</source>
        <translation type="vanished">已丢失（无心跳）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last log line</source>
        <translation>最后一行日志</translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation>%1 · %2 个被拒绝</translation>
    </message>
    <message>
        <source>rejoined</source>
        <translation>已重新加入</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已掉线</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Updates the coordinator accepted from this node</source>
        <translation>协调者接受的该节点的更新</translation>
    </message>
    <message>
        <source>Last rejected: %1</source>
        <translation>最近一次被拒绝：%1</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>fed::ui::LaunchPanel</name>
    <message>
        <source>The nodes of a networked federation (launch mode local or ssh). Select one to see its log; clear the selection for the coordinator&apos;s.</source>
        <translation>联网联邦（启动模式 local 或 ssh）的节点。选择一个节点以查看其日志；清除选择则查看协调者的日志。</translation>
    </message>
    <message>
        <source>Coordinator log</source>
        <translation type="vanished">协调者日志</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>%1 的日志</translation>
    </message>
    <message>
        <source>No fednode processes. They appear here when a networked federation starts: in the designer&apos;s Launch group, set Clients run to Local fednode processes or SSH hosts, with a provisioned kit folder.</source>
        <translation>没有 fednode 进程。联网联邦启动时，它们会显示在这里：在设计器的“启动”分组中，将“客户端运行于”设为“本地 fednode 进程”或“SSH 主机”，并选择已配置的启动包文件夹。</translation>
    </message>
    <message>
        <source>Coordinator log (select a node for its own)</source>
        <translation>协调者日志（选择一个节点可查看其日志）</translation>
    </message>
</context>
<context>
    <name>fed::ui::MainWindow</name>
    <message>
        <source>&amp;Design</source>
        <translation>设计(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>账本(&amp;L)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>无法打开规格</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Fix the problems below in a text editor (or with fedctl spec check), then open it again.</source>
        <translation type="vanished">请在文本编辑器中（或用 fedctl spec check）修复下列问题，然后重新打开。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1（预设）</translation>
    </message>
    <message>
        <source>Cannot Open Run</source>
        <translation>无法打开运行</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>无法打开“%1”：
%2</translation>
    </message>
    <message>
        <source>Federation Running</source>
        <translation>联邦正在运行</translation>
    </message>
    <message>
        <source>A federation is running. Quit anyway?

The round in progress finishes and is saved; the run can be resumed later from its run file.</source>
        <translation>有联邦正在运行。仍要退出吗？

进行中的轮次会完成并保存；之后可以从其运行文件恢复运行。</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New federation spec (%1)</source>
        <translation>新建联邦规格（%1）</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>打开规格(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a federation spec (%1)</source>
        <translation>打开联邦规格（%1）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the spec (%1)</source>
        <translation>保存规格（%1）</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>打开运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Open for &amp;Audit…</source>
        <translation>以审计方式打开(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a run file read-only in the block explorer, to trace its models and verify its ledger</source>
        <translation>在区块浏览器中以只读方式打开运行文件，以追溯其模型并验证其账本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Preset</source>
        <translation>从预设新建(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Fe&amp;deration</source>
        <translation>联邦(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Federation Studio</source>
        <translation>关于 Federation Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>Spec valid: ready to start</source>
        <translation>规格有效：可以开始</translation>
    </message>
    <message>
        <source>1 problem in the spec</source>
        <translation>规格中有 1 个问题</translation>
    </message>
    <message>
        <source>%1 problems in the spec</source>
        <translation>规格中有 %1 个问题</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Save Spec with Problems?</source>
        <translation>保存有问题的规格？</translation>
    </message>
    <message>
        <source>The spec has problems (%1). Federation Studio and fedctl open only valid specs, so this file cannot be opened again until they are fixed by hand.</source>
        <translation>规格存在问题（%1）。Federation Studio 和 fedctl 只打开有效的规格，因此在手动修复这些问题之前，此文件无法再次打开。</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>无法保存规格</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>规格另存为</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json)</source>
        <translation>联邦规格 (*.fed.json);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>打开规格</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;JSON (*.json);;All files (*)</source>
        <translation>联邦规格 (*.fed.json);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>联邦运行 (*.fedrun);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>以审计方式打开运行</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide (docs/user-guide.md) is not installed on this machine.</source>
        <translation>此计算机上未安装用户指南（docs/user-guide.md）。</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>没有设置用于打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>Takes effect the next time Federation Studio starts</source>
        <translation>下次启动 Federation Studio 时生效</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Federation Studio will follow the system&apos;s language the next time it starts.</source>
        <translation>Federation Studio 下次启动时将跟随系统语言。</translation>
    </message>
    <message>
        <source>Federation Studio will use %1 the next time it starts.</source>
        <translation>Federation Studio 下次启动时将使用 %1。</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Provision &amp;Nodes…</source>
        <translation>预配节点(&amp;D)…</translation>
    </message>
    <message>
        <source>Make the certificates and startup kits for a networked federation (docs/nodes.md)</source>
        <translation>为联网联邦生成证书和启动包（docs/nodes.md）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… 以及另外 %n 个（显示详细信息…）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in a text editor (or check it with fedctl spec check), then open it again.</source>
        <translation>请在文本编辑器中修正它（或用 fedctl spec check 检查），然后重新打开。</translation>
    </message>
</context>
<context>
    <name>fed::ui::MetricsCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>fed::ui::PartitionPreview</name>
    <message>
        <source>Partition preview</source>
        <translation>划分预览</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Bar height: how many samples each client holds, so uneven client sizes show.</source>
        <translation>柱高：每个客户端持有的样本数，以显示客户端大小的差异。</translation>
    </message>
    <message>
        <source>Class shares</source>
        <translation>类别占比</translation>
    </message>
    <message>
        <source>Every bar is 100%: each client&apos;s mix of classes, whatever its size.</source>
        <translation>每根柱子都是 100%：每个客户端的类别构成，与其大小无关。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>尚无数据。</translation>
    </message>
    <message>
        <source>The preview appears when the data, client and partition settings are valid: see the problems listed below the form.</source>
        <translation>当数据、客户端和划分设置有效时会显示预览：请查看表单下方列出的问题。</translation>
    </message>
    <message>
        <source>Partitioning…</source>
        <translation>正在划分…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>%1 other classes</source>
        <translation>其他 %1 个类别</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <source>Share of the client&apos;s samples</source>
        <translation>占该客户端样本的比例</translation>
    </message>
    <message>
        <source>Client %1 · %2: %3 of its %4 samples (%5%)</source>
        <translation>客户端 %1 · %2：其 %4 个样本中的 %3 个（%5%）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clients&lt;/b&gt; share %2 training samples: %3 per client on average, fewest %4, median %5, most %6.</source>
        <translation>&lt;b&gt;%1 个客户端&lt;/b&gt;共享 %2 个训练样本：平均每个客户端 %3 个，最少 %4 个，中位数 %5 个，最多 %6 个。</translation>
    </message>
    <message>
        <source>Class mix: a client&apos;s data is as varied as &lt;b&gt;%1 of %2 classes&lt;/b&gt; in equal parts, on average</source>
        <translation>类别构成：一个客户端的数据平均相当于等量的 &lt;b&gt;%2 个类别中的 %1 个&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — close to IID.</source>
        <translation> —— 接近 IID。</translation>
    </message>
    <message>
        <source> — moderately non-IID.</source>
        <translation> —— 中度非 IID。</translation>
    </message>
    <message>
        <source> — strongly non-IID: most clients see only a few classes.</source>
        <translation> —— 高度非 IID：大多数客户端只见到少数几个类别。</translation>
    </message>
    <message>
        <source>%1 test samples</source>
        <translation>%1 个测试样本</translation>
    </message>
    <message>
        <source>model: %1 parameters (%2 per update)</source>
        <translation>模型：%1 个参数（每次更新 %2）</translation>
    </message>
    <message>
        <source>the chart shows clients 0–%1 of %2</source>
        <translation>图表显示 %2 个客户端中的 0–%1 号</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProblemListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProfileFieldsModel</name>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the device is, shown in lists and reports.</source>
        <translation>设备是什么，显示在列表和报告中。</translation>
    </message>
    <message>
        <source>CPU frequency</source>
        <translation>CPU 频率</translation>
    </message>
    <message>
        <source>Clock rate while training. Faster CPUs finish sooner but, at the same work, spend more energy (power grows with the cube of the clock).</source>
        <translation>训练时的时钟频率。更快的 CPU 完成得更早，但完成同样的工作会消耗更多能量（功率随频率的三次方增长）。</translation>
    </message>
    <message>
        <source>FLOPs per cycle</source>
        <translation>每周期 FLOPs</translation>
    </message>
    <message>
        <source>Sustained training FLOPs per clock cycle on the one core a client uses.</source>
        <translation>客户端所用单个核心上每个时钟周期可持续的训练 FLOPs。</translation>
    </message>
    <message>
        <source>Cycles per sample</source>
        <translation>每样本周期数</translation>
    </message>
    <message>
        <source>CPU cycles to train on one sample; 0 derives it from the model&apos;s FLOPs per sample and the FLOPs per cycle.</source>
        <translation>在一个样本上训练所需的 CPU 周期数；0 表示根据模型的每样本 FLOPs 和每周期 FLOPs 推算。</translation>
    </message>
    <message>
        <source>Switched capacitance</source>
        <translation>开关电容</translation>
    </message>
    <message>
        <source>κ: the chip&apos;s effective switched capacitance; dynamic CPU power is κ·f³.</source>
        <translation>κ：芯片的有效开关电容；CPU 动态功率为 κ·f³。</translation>
    </message>
    <message>
        <source>Transmit power</source>
        <translation>发射功率</translation>
    </message>
    <message>
        <source>Maximum uplink transmit power used to send the update.</source>
        <translation>发送更新时使用的最大上行发射功率。</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Uplink bandwidth when the round has no shared bandwidth budget.</source>
        <translation>本轮没有共享带宽预算时的上行带宽。</translation>
    </message>
    <message>
        <source>Nearest distance</source>
        <translation>最近距离</translation>
    </message>
    <message>
        <source>Clients of this profile are placed between the nearest and farthest distance from the access point; farther clients need more energy to upload.</source>
        <translation>此配置文件的客户端位于距接入点最近和最远距离之间；越远的客户端上传所需的能量越多。</translation>
    </message>
    <message>
        <source>Farthest distance</source>
        <translation>最远距离</translation>
    </message>
    <message>
        <source>The farthest a client of this profile is from the access point.</source>
        <translation>此配置文件的客户端距接入点的最远距离。</translation>
    </message>
    <message>
        <source>Channel gain</source>
        <translation>信道增益</translation>
    </message>
    <message>
        <source>Linear channel power gain; 0 derives it from each client&apos;s distance (3GPP path loss).</source>
        <translation>线性信道功率增益；0 表示根据每个客户端的距离推算（3GPP 路径损耗）。</translation>
    </message>
    <message>
        <source>Noise density</source>
        <translation>噪声密度</translation>
    </message>
    <message>
        <source>Noise power spectral density N₀; −174 dBm/Hz is 3.981e-21 W/Hz.</source>
        <translation>噪声功率谱密度 N₀；−174 dBm/Hz 即 3.981e-21 W/Hz。</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>空闲功率</translation>
    </message>
    <message>
        <source>Power drawn while waiting for the round to end (counted only when &quot;Count idle power&quot; is on).</source>
        <translation>等待本轮结束期间消耗的功率（仅在开启“等待本轮时计入空闲功率”时计算）。</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid this device draws from.</source>
        <translation>该设备所用电网每千瓦时的 CO₂ 克数。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>允许值：%1</translation>
    </message>
    <message>
        <source>Leave empty to keep the built-in value.</source>
        <translation>留空则保留内置值。</translation>
    </message>
    <message>
        <source>Required for a new profile%1.</source>
        <translation>新配置文件必填%1。</translation>
    </message>
    <message>
        <source> (0 derives it)</source>
        <translation> （0 表示自动推算）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>This spec</source>
        <translation>本规格</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
</context>
<context>
    <name>fed::ui::ProvisionDialog</name>
    <message>
        <source>Provision Nodes</source>
        <translation>预配节点</translation>
    </message>
    <message>
        <source>Makes the federation&apos;s certificate authority, the coordinator&apos;s certificate and one startup kit per node (a folder and a .tar.gz with its certificate, keys and the coordinator&apos;s address). Hand each node its archive over a channel you trust.</source>
        <translation>生成联邦的证书颁发机构、协调者证书，并为每个节点生成一个启动包（一个文件夹和一个 .tar.gz，内含该节点的证书、密钥和协调者地址）。请通过您信任的渠道将归档交给相应的节点。</translation>
    </message>
    <message>
        <source>a saved federation spec (*.fed.json)</source>
        <translation>已保存的联邦规格 (*.fed.json)</translation>
    </message>
    <message>
        <source>&amp;Spec:</source>
        <translation>规格(&amp;S)：</translation>
    </message>
    <message>
        <source>Spec to Provision</source>
        <translation>要预配的规格</translation>
    </message>
    <message>
        <source>Federation specs (*.fed.json);;All files (*)</source>
        <translation>联邦规格 (*.fed.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>新的或空的文件夹</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>One kit per node. When this differs from the spec&apos;s clients, the kits&apos; spec gets this many clients.</source>
        <translation>每个节点一个启动包。若此数与规格中的客户端数不同，启动包中的规格将使用此客户端数。</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>The name or address nodes use to reach the coordinator; it goes into the kits and the coordinator&apos;s certificate.</source>
        <translation>节点用于连接协调者的名称或地址；它会写入启动包和协调者证书。</translation>
    </message>
    <message>
        <source>Coordinator &amp;host:</source>
        <translation>协调者主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>more names or addresses, comma-separated (optional)</source>
        <translation>更多名称或地址，以逗号分隔（可选）</translation>
    </message>
    <message>
        <source>Other &amp;names:</source>
        <translation>其他名称(&amp;A)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>预配(&amp;R)</translation>
    </message>
    <message>
        <source>Generating keys and writing the kits…</source>
        <translation>正在生成密钥并写入启动包…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Not provisioned: %1</source>
        <translation>未预配：%1</translation>
    </message>
    <message>
        <source>choose a saved spec file (save the design first).</source>
        <translation>请选择已保存的规格文件（请先保存设计）。</translation>
    </message>
    <message>
        <source>choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
</context>
<context>
    <name>fed::ui::RoundsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 克</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Updates accepted</source>
        <translation>已接受的更新</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Cumulative energy</source>
        <translation>累计能耗</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳排放</translation>
    </message>
</context>
<context>
    <name>fed::ui::RunFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>fed::ui::RunPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the federation in a new run file</source>
        <translation>在新的运行文件中启动联邦</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause after the round in progress; Resume continues at once</source>
        <translation>在当前轮次结束后暂停；“恢复”会立即继续</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the round in progress; the run file keeps every round</source>
        <translation>在当前轮次结束后停止；运行文件会保留每一轮</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Continue the paused or stopped run to its last round</source>
        <translation>将已暂停或已停止的运行继续到最后一轮</translation>
    </message>
    <message>
        <source>Pausing after round %1 completes…</source>
        <translation>将在第 %1 轮完成后暂停…</translation>
    </message>
    <message>
        <source>Pausing after the round in progress…</source>
        <translation>将在当前轮次结束后暂停…</translation>
    </message>
    <message>
        <source>Stopped; the paused federation was released.</source>
        <translation>已停止；已释放暂停的联邦。</translation>
    </message>
    <message>
        <source>Stopping after round %1 completes…</source>
        <translation>将在第 %1 轮完成后停止…</translation>
    </message>
    <message>
        <source>Stopping after the round in progress…</source>
        <translation>将在当前轮次结束后停止…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚无运行</translation>
    </message>
    <message>
        <source>Every node of this federation runs inside this process, on a pool of training threads.</source>
        <translation>此联邦的每个节点都在本进程内的训练线程池中运行。</translation>
    </message>
    <message>
        <source>Design a federation and press Start, or open a run file.</source>
        <translation>设计一个联邦并按“开始”，或打开一个运行文件。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>%v of %m updates</source>
        <translation type="vanished">%v / %m 个更新</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>%v of %m rounds</source>
        <translation type="vanished">%v / %m 轮</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Energy (modelled)</source>
        <translation>能耗（建模）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Per-client curves</source>
        <translation>各客户端曲线</translation>
    </message>
    <message>
        <source>Training loss of the first %1 clients, round by round</source>
        <translation>前 %1 个客户端逐轮的训练损失</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>另存为 %1…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save All Charts…</source>
        <translation>保存所有图表…</translation>
    </message>
    <message>
        <source>Round Metrics as CSV…</source>
        <translation>轮次指标导出为 CSV…</translation>
    </message>
    <message>
        <source>Client Metrics as CSV…</source>
        <translation>客户端指标导出为 CSV…</translation>
    </message>
    <message>
        <source>Filter by node or device</source>
        <translation>按节点或设备筛选</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Run files in the runs folder. Double-click one to see it as it was; a stopped run can then be resumed.</source>
        <translation>运行文件夹中的运行文件。双击其中一个可查看其当时的状态；之后可以恢复已停止的运行。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>A federation is running. Pause or stop it before opening another run.</source>
        <translation>有联邦正在运行。请先暂停或停止它，再打开其他运行。</translation>
    </message>
    <message>
        <source>The paused federation was released; its run file can be resumed.</source>
        <translation>已释放暂停的联邦；可以从其运行文件恢复。</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Press Start to run this federation; its run file goes to %1.</source>
        <translation>按“开始”运行此联邦；其运行文件将保存到 %1。</translation>
    </message>
    <message>
        <source>Run file: %1</source>
        <translation>运行文件：%1</translation>
    </message>
    <message>
        <source>In-process · Nodes: %1 · Training threads: %2</source>
        <translation>进程内 · 节点：%1 · 训练线程：%2</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>正在暂停</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Overall · about %1 left</source>
        <translation>总体 · 约剩 %1</translation>
    </message>
    <message>
        <source>Overall · done</source>
        <translation>总体 · 已完成</translation>
    </message>
    <message>
        <source>best %1 · round %2</source>
        <translation>最佳 %1 · 第 %2 轮</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>训练中 %1</translation>
    </message>
    <message>
        <source>%1% computation · %2 g CO₂</source>
        <translation>%1% 计算 · %2 克 CO₂</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices. Measured on this machine&apos;s CPU packages (RAPL): %1.</source>
        <translation>按客户端设备建模。在本机 CPU 封装上的实测值（RAPL）：%1。</translation>
    </message>
    <message>
        <source>Modelled for the clients&apos; devices (docs/energy.md).</source>
        <translation>按客户端设备建模（docs/energy.md）。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>no rejected or dropped updates</source>
        <translation>没有被拒绝或丢弃的更新</translation>
    </message>
    <message>
        <source>%1 rejected · %2 dropped</source>
        <translation>%1 个被拒绝 · %2 个被丢弃</translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1</source>
        <translation>无法创建运行文件夹 %1</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; (rounds: %2).</source>
        <translation>正在启动“%1”（轮数：%2）。</translation>
    </message>
    <message>
        <source>Loading data and building the model…</source>
        <translation>正在加载数据并构建模型…</translation>
    </message>
    <message>
        <source>Resuming at round %1.</source>
        <translation>从第 %1 轮恢复。</translation>
    </message>
    <message>
        <source>Re-opening %1 to resume at round %2.</source>
        <translation>重新打开 %1，从第 %2 轮恢复。</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Save All Charts</source>
        <translation>保存所有图表</translation>
    </message>
    <message>
        <source>Saved the charts in %1 (files: %2)</source>
        <translation>图表已保存到 %1（文件：%2）</translation>
    </message>
    <message>
        <source>There is no run file to export yet.</source>
        <translation>还没有可导出的运行文件。</translation>
    </message>
    <message>
        <source>An export is still being written.</source>
        <translation>仍有导出正在写入。</translation>
    </message>
    <message>
        <source>Export Client Metrics</source>
        <translation>导出客户端指标</translation>
    </message>
    <message>
        <source>Export Round Metrics</source>
        <translation>导出轮次指标</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Resumed at round %1 of %2.</source>
        <translation>已在第 %1 轮（共 %2 轮）恢复。</translation>
    </message>
    <message>
        <source>Started. Clients: %1 · parameters: %2 · training samples: %3 · test samples: %4.</source>
        <translation>已启动。客户端：%1 · 参数：%2 · 训练样本：%3 · 测试样本：%4。</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>正在运行 %1</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was dropped: %3</source>
        <translation>第 %1 轮：节点 %2 的更新被丢弃：%3</translation>
    </message>
    <message>
        <source>Round %1: the update of node %2 was rejected: %3</source>
        <translation>第 %1 轮：节点 %2 的更新被拒绝：%3</translation>
    </message>
    <message>
        <source>Round %1 of %2: </source>
        <translation>第 %1 轮（共 %2 轮）：</translation>
    </message>
    <message>
        <source>accuracy %1, loss %2, </source>
        <translation>准确率 %1，损失 %2，</translation>
    </message>
    <message>
        <source>%1 of %2 updates accepted, %3</source>
        <translation>%2 个更新中接受了 %1 个，%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>Finished at round %1 of %2</source>
        <translation>在第 %1 轮（共 %2 轮）完成</translation>
    </message>
    <message>
        <source>: accuracy %1 (best %2 in round %3).</source>
        <translation>：准确率 %1（最佳 %2，在第 %3 轮）。</translation>
    </message>
    <message>
        <source>Energy (modelled): %1, %2 g CO₂.</source>
        <translation>能耗（建模）：%1，%2 克 CO₂。</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Paused after round %1. Resume continues at round %2.</source>
        <translation>已在第 %1 轮后暂停。“恢复”将从第 %2 轮继续。</translation>
    </message>
    <message>
        <source>Paused after round %1</source>
        <translation>已在第 %1 轮后暂停</translation>
    </message>
    <message>
        <source>Stopped after round %1; the run file keeps every completed round and Resume continues it.</source>
        <translation>已在第 %1 轮后停止；运行文件保留了每个已完成的轮次，“恢复”可继续运行。</translation>
    </message>
    <message>
        <source>Stopped after round %1</source>
        <translation>已在第 %1 轮后停止</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 rounds, %4.</source>
        <translation>已打开 %1：%3 轮中的 %2 轮，%4。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 of %2 updates</source>
        <translation>%1/%2 个更新</translation>
    </message>
    <message>
        <source>Byzantine</source>
        <translation>拜占庭</translation>
    </message>
    <message>
        <source>Only the clients the spec makes adversaries</source>
        <translation>仅显示规格设为攻击者的客户端</translation>
    </message>
    <message>
        <source>%1 of %2 rounds</source>
        <translation>%1/%2 轮</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>The fednode processes of a networked federation (launch mode local or ssh): their state, connection and logs</source>
        <translation>联网联邦（启动模式 local 或 ssh）的 fednode 进程：其状态、连接和日志</translation>
    </message>
    <message>
        <source>SSH hosts · Nodes: %1</source>
        <translation>SSH 主机 · 节点：%1</translation>
    </message>
    <message>
        <source>Local fednode processes · Nodes: %1</source>
        <translation>本地 fednode 进程 · 节点：%1</translation>
    </message>
    <message>
        <source>Launching %1 nodes; their state and logs are on the Launch tab.</source>
        <translation>正在启动 %1 个节点；其状态和日志位于“启动”选项卡。</translation>
    </message>
    <message>
        <source>Every node is a fednode process that joined the coordinator over mutual TLS; see the Launch tab.</source>
        <translation>每个节点都是通过双向 TLS 加入协调者的 fednode 进程；请查看“启动”标签页。</translation>
    </message>
    <message>
        <source>Networked · Nodes: %1</source>
        <translation>联网 · 节点：%1</translation>
    </message>
    <message>
        <source>Its nodes are launched again with the kits in %1.</source>
        <translation>将使用 %1 中的启动包重新启动其节点。</translation>
    </message>
    <message>
        <source>Kit Folder for Resuming %1 (the folder with coordinator/ and nodes/)</source>
        <translation>用于恢复 %1 的启动包文件夹（包含 coordinator/ 和 nodes/ 的文件夹）</translation>
    </message>
    <message>
        <source>Cannot resume with the kits in %1: %2
Press Resume to choose the kit folder this run was provisioned with.</source>
        <translation>无法使用 %1 中的启动包恢复：%2
请按“恢复”选择为此运行配置的启动包文件夹。</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecEditCommand</name>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
</context>
<context>
    <name>fed::ui::SpecForm</name>
    <message>
        <source>“%1” is not a whole number; write whole numbers separated by commas, e.g. 200, 200</source>
        <translation>“%1”不是整数；请输入以逗号分隔的整数，例如 200, 200</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>联邦</translation>
    </message>
    <message>
        <source>What the federation is called, how long it runs, and the seed that every random choice derives from.</source>
        <translation>联邦的名称、运行时长，以及所有随机选择所依据的随机种子。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shown in the window title, in the runs list and in reports.</source>
        <translation>显示在窗口标题、运行列表和报告中。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Every random choice — the partition, which clients train each round, the initial weights, shuffling, synthetic data — derives from the seed. The same spec with the same seed is the same federation; change it to see how much a result owes to luck.</source>
        <translation>所有随机选择——划分、每轮参与训练的客户端、初始权重、洗牌、合成数据——都由随机种子导出。相同规格加相同种子就是相同的联邦；更改它可以看出结果有多少归因于运气。</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Draw a fresh random seed.</source>
        <translation>抽取一个新的随机种子。</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Communication rounds. In each round the server sends the global model to the selected clients, they train on their own data, and the server combines their updates into the next global model.</source>
        <translation>通信轮数。每一轮中，服务器将全局模型发送给选中的客户端，客户端在自己的数据上训练，服务器再把它们的更新合并成下一个全局模型。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The data set the clients train on and the global model is tested on.</source>
        <translation>客户端用于训练、全局模型用于测试的数据集。</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of clothing in 10 classes (IDX files).</source>
        <translation>10 类服装的 28×28 灰度图像（IDX 文件）。</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>28×28 grey images of handwritten digits (IDX files).</source>
        <translation>手写数字的 28×28 灰度图像（IDX 文件）。</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>Your own tabular data: numeric columns and a label.</source>
        <translation>您自己的表格数据：数值列和一个标签列。</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>32×32 colour images in 10 classes (the binary batch files).</source>
        <translation>10 类 32×32 彩色图像（二进制批次文件）。</translation>
    </message>
    <message>
        <source>Synthetic(α, β)</source>
        <translation>合成(α, β)</translation>
    </message>
    <message>
        <source>FedProx&apos;s generator: every client has its own model and feature distribution.</source>
        <translation>FedProx 的生成器：每个客户端有自己的模型和特征分布。</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Which data the federation learns from. Image data sets can train every model; CSV and synthetic data need an MLP or logistic regression.</source>
        <translation>联邦从哪些数据中学习。图像数据集可训练所有模型；CSV 和合成数据需要 MLP 或逻辑回归。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>The folder with the data set&apos;s files (IDX images and labels, or CIFAR-10&apos;s binary batches; plain or gzip). Relative paths start at the spec file&apos;s folder.</source>
        <translation>包含数据集文件的文件夹（IDX 图像和标签，或 CIFAR-10 的二进制批次；未压缩或 gzip）。相对路径从规格文件所在文件夹算起。</translation>
    </message>
    <message>
        <source>/usr/share/datasets/fashion-mnist</source>
        <translation>/usr/share/datasets/fashion-mnist</translation>
    </message>
    <message>
        <source>Training file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <source>The training CSV: one sample per row, numeric feature columns and a label column.</source>
        <translation>训练 CSV：每行一个样本，包含数值特征列和一个标签列。</translation>
    </message>
    <message>
        <source>train.csv</source>
        <translation>train.csv</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>测试文件</translation>
    </message>
    <message>
        <source>A separate test CSV with the same columns. Leave empty to hold out a share of the training file instead.</source>
        <translation>一个列相同的独立测试 CSV。留空则改为从训练文件中留出一部分。</translation>
    </message>
    <message>
        <source>empty: hold out part of the training file</source>
        <translation>留空：从训练文件中留出一部分</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>The label column: its header name, or its 0-based index (e.g. 0) for files without a header.</source>
        <translation>标签列：其表头名称，或对于没有表头的文件，其从 0 开始的索引（例如 0）。</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>首行为列名</translation>
    </message>
    <message>
        <source>Whether the first row of the CSV files names the columns.</source>
        <translation>CSV 文件的首行是否为列命名。</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>Share of the training file held out for testing when there is no test file, between 0 and 1 (exclusive).</source>
        <translation>没有测试文件时，从训练文件中留作测试的比例，介于 0 和 1 之间（不含端点）。</translation>
    </message>
    <message>
        <source>IID</source>
        <translation>IID</translation>
    </message>
    <message>
        <source>Same distribution for every client</source>
        <translation>每个客户端分布相同</translation>
    </message>
    <message>
        <source>Synthetic-IID: every client draws from one shared model and feature distribution. The baseline to compare heterogeneous data against.</source>
        <translation>Synthetic-IID：每个客户端都从同一个共享模型和特征分布中抽样。用于与异构数据对比的基准。</translation>
    </message>
    <message>
        <source>α (model shift)</source>
        <translation>α（模型偏移）</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; true models are drawn: larger values make clients label similar inputs differently (concept shift). 0..100.</source>
        <translation>客户端真实模型之间的差异程度：值越大，客户端对相似输入给出的标签越不同（概念偏移）。0..100。</translation>
    </message>
    <message>
        <source>β (feature shift)</source>
        <translation>β（特征偏移）</translation>
    </message>
    <message>
        <source>How far apart the clients&apos; feature distributions are drawn (covariate shift). 0..100.</source>
        <translation>客户端特征分布之间的差异程度（协变量偏移）。0..100。</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <source>Number of input features.</source>
        <translation>输入特征的数量。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Number of classes (2..1000).</source>
        <translation>类别的数量（2..1000）。</translation>
    </message>
    <message>
        <source>Samples per client</source>
        <translation>每客户端样本数</translation>
    </message>
    <message>
        <source>Mean client size. Sizes follow a log-normal distribution around it, so some clients hold far more data than others.</source>
        <translation>客户端的平均大小。大小围绕该值呈对数正态分布，因此有些客户端的数据远多于其他客户端。</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>测试样本数</translation>
    </message>
    <message>
        <source>Size of the generated test set.</source>
        <translation>生成的测试集大小。</translation>
    </message>
    <message>
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <source>Use only the first N training samples — handy for quick experiments. “All” uses every sample.</source>
        <translation>只使用前 N 个训练样本——便于快速实验。“全部”表示使用所有样本。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Test samples used</source>
        <translation>使用的测试样本数</translation>
    </message>
    <message>
        <source>Test on only the first N test samples. “All” uses every sample.</source>
        <translation>只在前 N 个测试样本上测试。“全部”表示使用所有样本。</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Which clients train in each round; the others sit the round out.</source>
        <translation>每轮哪些客户端参与训练；其余客户端本轮轮空。</translation>
    </message>
    <message>
        <source>Selected per round</source>
        <translation type="vanished">每轮选中比例</translation>
    </message>
    <message>
        <source>Share of the clients that train in each round (FedAvg&apos;s C), in (0, 1]. 1 means every client, every round; 0.1 with 100 clients means about 10. Smaller shares make rounds cheaper but noisier.</source>
        <translation>每轮参与训练的客户端比例（FedAvg 的 C），取值 (0, 1]。1 表示每轮所有客户端；100 个客户端时 0.1 约为 10 个。比例越小，每轮开销越低，但噪声越大。</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Never select fewer clients than this in a round, whatever the share says. At most the number of clients.</source>
        <translation>无论比例如何，每轮选中的客户端都不少于此数。最多为客户端总数。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A uniform sample each round (FedAvg&apos;s sampling).</source>
        <translation>每轮均匀抽样（FedAvg 的抽样方式）。</translation>
    </message>
    <message>
        <source>Energy-aware</source>
        <translation>能耗感知</translation>
    </message>
    <message>
        <source>The clients that reach the round&apos;s sample target at the least modelled energy, while every client still gets a turn.</source>
        <translation>以最少的建模能耗达到本轮样本目标的客户端，同时保证每个客户端都能轮到。</translation>
    </message>
    <message>
        <source>Deadline-aware</source>
        <translation>截止期限感知</translation>
    </message>
    <message>
        <source>A uniform sample among the clients whose modelled round time fits the deadline.</source>
        <translation>在建模轮次时间不超过截止期限的客户端中均匀抽样。</translation>
    </message>
    <message>
        <source>Selection policy</source>
        <translation>选择策略</translation>
    </message>
    <message>
        <source>How the clients of a round are chosen. Energy-aware and deadline-aware selection use the device profiles and the deadline of the Energy section.</source>
        <translation>如何选择一轮中的客户端。能耗感知和截止期限感知选择会使用“能耗”一节中的设备配置文件和截止期限。</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Fairness: no client that can take part waits more than this many rounds for its next turn. Smaller values are fairer and cost more energy. Automatic: 4 × the fewest rounds in which every client can take a turn.</source>
        <translation>公平性：任何可参与的客户端等待下一次机会的轮数都不超过此值。值越小越公平，但能耗越高。自动：每个客户端都能轮到一次所需的最少轮数的 4 倍。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Clients and partition</source>
        <translation>客户端与划分</translation>
    </message>
    <message>
        <source>How many clients there are and how the training data is split among them. Uneven splits (non-IID data) are what make federated learning harder than ordinary training; the preview shows each client&apos;s classes.</source>
        <translation>有多少个客户端，以及训练数据如何在它们之间划分。不均匀的划分（非 IID 数据）正是联邦学习比普通训练更难的原因；预览会显示每个客户端的类别。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>How many clients the training data is split among. More clients means less data each. For synthetic data, the number of generated users.</source>
        <translation>训练数据划分给多少个客户端。客户端越多，每个客户端的数据越少。对于合成数据，即生成的用户数。</translation>
    </message>
    <message>
        <source>Synthetic data comes with its own clients, so there is nothing to split: its α and β set how different the clients are.</source>
        <translation>合成数据自带客户端，因此无需划分：其 α 和 β 决定客户端之间的差异程度。</translation>
    </message>
    <message>
        <source>Shuffled and dealt out evenly: every client sees every class in about the same proportions.</source>
        <translation>打乱后平均分配：每个客户端看到的各类别比例大致相同。</translation>
    </message>
    <message>
        <source>Dirichlet label skew</source>
        <translation>Dirichlet 标签偏斜</translation>
    </message>
    <message>
        <source>Each client&apos;s mix of classes is drawn from Dirichlet(α).</source>
        <translation>每个客户端的类别构成从 Dirichlet(α) 中抽取。</translation>
    </message>
    <message>
        <source>Pathological shards</source>
        <translation>病态分片</translation>
    </message>
    <message>
        <source>Data sorted by label is cut into shards; each client gets a few, so it sees only a few classes (McMahan et al. 2017).</source>
        <translation>按标签排序的数据被切成分片；每个客户端只分到几个分片，因此只见到少数几个类别（McMahan 等，2017）。</translation>
    </message>
    <message>
        <source>Quantity skew</source>
        <translation>数量偏斜</translation>
    </message>
    <message>
        <source>Labels stay IID but client sizes differ, drawn from Dirichlet(quantity α).</source>
        <translation>标签保持 IID，但客户端大小不同，从 Dirichlet(数量 α) 中抽取。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>How the training set is dealt out to the clients.</source>
        <translation>训练集如何分配给各客户端。</translation>
    </message>
    <message>
        <source>α (concentration)</source>
        <translation>α（集中度）</translation>
    </message>
    <message>
        <source>Small means strong label skew: at 0.1 most clients hold one or two classes; at 0.5 the skew is clear but moderate; at 100 and above the split is nearly IID. Arrows halve and double it.</source>
        <translation>值越小标签偏斜越强：为 0.1 时大多数客户端只持有一两个类别；为 0.5 时偏斜明显但适中；达到 100 及以上时划分接近 IID。方向键会将其减半或加倍。</translation>
    </message>
    <message>
        <source>Shards per client</source>
        <translation>每客户端分片数</translation>
    </message>
    <message>
        <source>With 2, a client typically sees only 2 of the 10 classes; more shards means milder skew.</source>
        <translation>为 2 时，一个客户端通常只见到 10 个类别中的 2 个；分片越多，偏斜越轻。</translation>
    </message>
    <message>
        <source>Quantity α</source>
        <translation>数量 α</translation>
    </message>
    <message>
        <source>Concentration of the client sizes. Small: a few clients hold most of the data; large: sizes close to equal. Arrows halve and double it.</source>
        <translation>客户端大小的集中度。小：少数客户端持有大部分数据；大：大小接近相等。方向键会将其减半或加倍。</translation>
    </message>
    <message>
        <source>Fewest samples</source>
        <translation>最少样本数</translation>
    </message>
    <message>
        <source>The fewest training samples a client may end up with; protects skewed splits against empty clients.</source>
        <translation>一个客户端最少可分得的训练样本数；防止偏斜划分产生空客户端。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The neural network every client trains a copy of.</source>
        <translation>每个客户端训练其副本的神经网络。</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>One linear layer; the convex baseline.</source>
        <translation>单个线性层；凸优化基准。</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>A fully connected network with the hidden layers below.</source>
        <translation>带有下方隐藏层的全连接网络。</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>The small convolutional network of McMahan et al. (2017); images only.</source>
        <translation>McMahan 等人（2017）的小型卷积网络；仅适用于图像。</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>LeCun&apos;s LeNet-5; images only.</source>
        <translation>LeCun 的 LeNet-5；仅适用于图像。</translation>
    </message>
    <message>
        <source>TorchScript file</source>
        <translation>TorchScript 文件</translation>
    </message>
    <message>
        <source>Your own model, saved from PyTorch with torch.jit.save.</source>
        <translation>您自己的模型，用 torch.jit.save 从 PyTorch 保存。</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>The network. CNN and LeNet-5 need image data; MLP and logistic regression work on any data.</source>
        <translation>网络结构。CNN 和 LeNet-5 需要图像数据；MLP 和逻辑回归适用于任何数据。</translation>
    </message>
    <message>
        <source>A module saved with torch.jit.save; its parameters are trained, averaged and hashed like the built-in models&apos;. Relative paths start at the spec file&apos;s folder.</source>
        <translation>用 torch.jit.save 保存的模块；其参数像内置模型一样被训练、平均和计算哈希。相对路径从规格文件所在文件夹算起。</translation>
    </message>
    <message>
        <source>model.pt</source>
        <translation>model.pt</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Widths of the MLP&apos;s hidden layers, separated by commas: “200, 200” is McMahan et al.&apos;s 2NN. Empty makes it linear.</source>
        <translation>MLP 隐藏层的宽度，以逗号分隔：“200, 200”即 McMahan 等人的 2NN。留空则为线性模型。</translation>
    </message>
    <message>
        <source>none: a linear model</source>
        <translation>无：线性模型</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>What each selected client does with the global model in a round.</source>
        <translation>每个选中的客户端在一轮中如何使用全局模型。</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent, optionally with momentum.</source>
        <translation>随机梯度下降，可选动量。</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adaptive moment estimation.</source>
        <translation>自适应矩估计。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The optimizer each client trains with.</source>
        <translation>每个客户端训练所用的优化器。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The client&apos;s step size, in (0, 10]. Too large and training diverges; too small and it crawls.</source>
        <translation>客户端的步长，取值 (0, 10]。太大则训练发散；太小则进展缓慢。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>SGD momentum, in [0, 1); 0.9 is common.</source>
        <translation>SGD 动量，取值 [0, 1)；常用 0.9。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>L2 penalty on the weights, in [0, 1]; keeps weights small.</source>
        <translation>权重的 L2 惩罚，取值 [0, 1]；使权重保持较小。</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of gradients, in [0, 1).</source>
        <translation>Adam 梯度滑动平均的衰减率，取值 [0, 1)。</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s running mean of squared gradients, in [0, 1).</source>
        <translation>Adam 梯度平方滑动平均的衰减率，取值 [0, 1)。</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>Adam&apos;s guard against dividing by zero, in (0, 1]. Arrows multiply and divide by 10.</source>
        <translation>Adam 防止除以零的保护项，取值 (0, 1]。方向键会将其乘以或除以 10。</translation>
    </message>
    <message>
        <source>Local epochs</source>
        <translation>本地轮次</translation>
    </message>
    <message>
        <source>Passes over its own data a client makes per round (FedAvg&apos;s E). More local work means fewer rounds on IID data, but on skewed data clients drift towards their own optimum; FedProx&apos;s μ counteracts that.</source>
        <translation>客户端每轮在自己数据上遍历的次数（FedAvg 的 E）。本地计算越多，IID 数据上所需轮数越少；但在偏斜数据上客户端会向各自的最优点漂移，FedProx 的 μ 可抵消这一点。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Mini-batch size for local training (FedAvg&apos;s B).</source>
        <translation>本地训练的小批量大小（FedAvg 的 B）。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>How the server turns the clients&apos; models into the next global model.</source>
        <translation>服务器如何将客户端的模型合成下一个全局模型。</translation>
    </message>
    <message>
        <source>FedAvg</source>
        <translation>FedAvg</translation>
    </message>
    <message>
        <source>Federated Averaging: the client models weighted by their samples.</source>
        <translation>联邦平均：按样本数加权的客户端模型。</translation>
    </message>
    <message>
        <source>FedProx</source>
        <translation>FedProx</translation>
    </message>
    <message>
        <source>FedAvg&apos;s averaging, with a proximal term that keeps clients close to the global model on heterogeneous data.</source>
        <translation>在 FedAvg 平均的基础上加一个近端项，使客户端在异构数据上保持接近全局模型。</translation>
    </message>
    <message>
        <source>FedAvgM</source>
        <translation>FedAvgM</translation>
    </message>
    <message>
        <source>FedAvg with server momentum (Hsu et al. 2019).</source>
        <translation>带服务器动量的 FedAvg（Hsu 等，2019）。</translation>
    </message>
    <message>
        <source>FedAdam</source>
        <translation>FedAdam</translation>
    </message>
    <message>
        <source>Adam on the server (Reddi et al. 2021).</source>
        <translation>服务器上的 Adam（Reddi 等，2021）。</translation>
    </message>
    <message>
        <source>FedYogi</source>
        <translation>FedYogi</translation>
    </message>
    <message>
        <source>Yogi on the server (Reddi et al. 2021).</source>
        <translation>服务器上的 Yogi（Reddi 等，2021）。</translation>
    </message>
    <message>
        <source>FedAdagrad</source>
        <translation>FedAdagrad</translation>
    </message>
    <message>
        <source>Adagrad on the server (Reddi et al. 2021).</source>
        <translation>服务器上的 Adagrad（Reddi 等，2021）。</translation>
    </message>
    <message>
        <source>SCAFFOLD</source>
        <translation>SCAFFOLD</translation>
    </message>
    <message>
        <source>Control variates correct client drift (Karimireddy et al. 2020).</source>
        <translation>用控制变量纠正客户端漂移（Karimireddy 等，2020）。</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Coordinate-wise median: robust to outliers.</source>
        <translation>逐坐标中位数：对离群值稳健。</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>截尾均值</translation>
    </message>
    <message>
        <source>Coordinate-wise mean without the extremes: robust.</source>
        <translation>去掉极值后的逐坐标均值：稳健。</translation>
    </message>
    <message>
        <source>Krum</source>
        <translation>Krum</translation>
    </message>
    <message>
        <source>The update closest to its neighbours (Blanchard et al. 2017).</source>
        <translation>与其邻居最接近的更新（Blanchard 等，2017）。</translation>
    </message>
    <message>
        <source>Multi-Krum</source>
        <translation>Multi-Krum</translation>
    </message>
    <message>
        <source>The mean of the m best-scored updates.</source>
        <translation>得分最好的 m 个更新的均值。</translation>
    </message>
    <message>
        <source>The aggregation strategy.</source>
        <translation>聚合策略。</translation>
    </message>
    <message>
        <source>μ (proximal)</source>
        <translation>μ（近端）</translation>
    </message>
    <message>
        <source>FedProx&apos;s μ, in [0, 100]. Clients add (μ/2)·‖w − w_global‖² to their loss: larger values restrain client drift more but slow local progress; 0 is FedAvg.</source>
        <translation>FedProx 的 μ，取值 [0, 100]。客户端在损失上加上 (μ/2)·‖w − w_global‖²：值越大越能抑制客户端漂移，但会减慢本地进展；0 即 FedAvg。</translation>
    </message>
    <message>
        <source>Server learning rate</source>
        <translation>服务器学习率</translation>
    </message>
    <message>
        <source>Scales the averaged update applied to the global model, in (0, 100]: 1 is plain averaging; below 1 damps rounds, above 1 extrapolates.</source>
        <translation>缩放应用到全局模型上的平均更新，取值 (0, 100]：1 为普通平均；小于 1 时抑制各轮，大于 1 时外推。</translation>
    </message>
    <message>
        <source>Server momentum</source>
        <translation>服务器动量</translation>
    </message>
    <message>
        <source>FedAvgM&apos;s β, in [0, 1): the server keeps a running average of past rounds&apos; updates and applies it, which smooths noisy rounds on skewed data.</source>
        <translation>FedAvgM 的 β，取值 [0, 1)：服务器维护过去各轮更新的滑动平均并应用它，可平滑偏斜数据上噪声较大的轮次。</translation>
    </message>
    <message>
        <source>β₁ (server)</source>
        <translation>β₁（服务器）</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s first moment (FedAdam, FedYogi, FedAdagrad), in [0, 1).</source>
        <translation>服务器优化器一阶矩的衰减率（FedAdam、FedYogi、FedAdagrad），取值 [0, 1)。</translation>
    </message>
    <message>
        <source>β₂ (server)</source>
        <translation>β₂（服务器）</translation>
    </message>
    <message>
        <source>Decay of the server optimizer&apos;s second moment (FedAdam, FedYogi), in [0, 1).</source>
        <translation>服务器优化器二阶矩的衰减率（FedAdam、FedYogi），取值 [0, 1)。</translation>
    </message>
    <message>
        <source>τ (adaptivity)</source>
        <translation>τ（自适应度）</translation>
    </message>
    <message>
        <source>The adaptive optimizers&apos; guard added to the root of the second moment: smaller values adapt more strongly per coordinate (Reddi et al. 2021).</source>
        <translation>自适应优化器加在二阶矩平方根上的保护项：值越小，每个坐标上的自适应越强（Reddi 等，2021）。</translation>
    </message>
    <message>
        <source>Trim fraction</source>
        <translation>截尾比例</translation>
    </message>
    <message>
        <source>Trimmed mean: the share of the largest and of the smallest values dropped in every coordinate before averaging; it should exceed the share of Byzantine clients.</source>
        <translation>截尾均值：在平均之前，每个坐标上丢弃的最大值和最小值所占的比例；应超过拜占庭客户端所占的比例。</translation>
    </message>
    <message>
        <source>Byzantine updates tolerated (f)</source>
        <translation>容忍的拜占庭更新数 (f)</translation>
    </message>
    <message>
        <source>Krum and Multi-Krum score each update by its distance to its n − f − 2 nearest neighbours (Blanchard et al. 2017).</source>
        <translation>Krum 和 Multi-Krum 按每个更新到其 n − f − 2 个最近邻居的距离为其打分（Blanchard 等，2017）。</translation>
    </message>
    <message>
        <source>Updates averaged (m)</source>
        <translation>参与平均的更新数 (m)</translation>
    </message>
    <message>
        <source>Multi-Krum averages the m best-scored updates.</source>
        <translation>Multi-Krum 对得分最好的 m 个更新取平均。</translation>
    </message>
    <message>
        <source>n − f</source>
        <translation>n − f</translation>
    </message>
    <message>
        <source>Largest update norm</source>
        <translation>最大更新范数</translation>
    </message>
    <message>
        <source>Updates whose L2 norm exceeds this are rejected before aggregation and recorded as incidents; a cheap guard against scaled or exploding updates.</source>
        <translation>L2 范数超过此值的更新会在聚合前被拒绝并记录为事件；这是防范被放大或爆炸的更新的低成本手段。</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Adversaries</source>
        <translation>攻击者</translation>
    </message>
    <message>
        <source>Byzantine clients to test how robust the strategy is: they train, then send a poisoned update (or none at all).</source>
        <translation>用于测试策略稳健性的拜占庭客户端：它们先训练，然后发送被投毒的更新（或根本不发送）。</translation>
    </message>
    <message>
        <source>Byzantine clients</source>
        <translation>拜占庭客户端</translation>
    </message>
    <message>
        <source>How many clients misbehave, drawn at random from the seed (ignored when a list is given below).</source>
        <translation>有多少客户端行为异常，根据随机种子随机抽取（若下方给出了列表则忽略）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Byzantine client list</source>
        <translation>拜占庭客户端列表</translation>
    </message>
    <message>
        <source>Exactly which clients misbehave (0-based indices, separated by commas).</source>
        <translation>具体哪些客户端行为异常（从 0 开始的索引，以逗号分隔）。</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>Sign flip</source>
        <translation>符号翻转</translation>
    </message>
    <message>
        <source>Sends −scale × its honest update.</source>
        <translation>发送 −缩放系数 × 其诚实更新。</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Sends scale × its honest update.</source>
        <translation>发送 缩放系数 × 其诚实更新。</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>高斯噪声</translation>
    </message>
    <message>
        <source>Sends random noise instead of an update.</source>
        <translation>发送随机噪声而不是更新。</translation>
    </message>
    <message>
        <source>Label flipping</source>
        <translation>标签翻转</translation>
    </message>
    <message>
        <source>Trains on deliberately wrong labels.</source>
        <translation>故意在错误的标签上训练。</translation>
    </message>
    <message>
        <source>Free rider</source>
        <translation>搭便车</translation>
    </message>
    <message>
        <source>Returns the global model unchanged.</source>
        <translation>原样返回全局模型。</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>What the Byzantine clients do.</source>
        <translation>拜占庭客户端做什么。</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放系数</translation>
    </message>
    <message>
        <source>The factor of the sign-flip and scaled attacks.</source>
        <translation>符号翻转攻击和缩放攻击的系数。</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>噪声 σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian attack&apos;s noise, per coordinate.</source>
        <translation>高斯攻击中每个坐标噪声的标准差。</translation>
    </message>
    <message>
        <source>Adversary seed</source>
        <translation>攻击者种子</translation>
    </message>
    <message>
        <source>Mixed with the federation&apos;s seed to choose the Byzantine clients and their noise, so the same honest federation can be attacked in different ways.</source>
        <translation>与联邦的随机种子混合，用于选择拜占庭客户端及其噪声，从而以不同方式攻击同一个诚实联邦。</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>How often and how the global model is tested.</source>
        <translation>全局模型的测试频率和方式。</translation>
    </message>
    <message>
        <source>Every N rounds</source>
        <translation>每 N 轮</translation>
    </message>
    <message>
        <source>Test the global model every N rounds; the last round is always tested. Larger values save time on long runs.</source>
        <translation>每 N 轮测试一次全局模型；最后一轮总会测试。值越大，长时间运行越省时。</translation>
    </message>
    <message>
        <source>Per client</source>
        <translation>按客户端</translation>
    </message>
    <message>
        <source>Also test on each selected client&apos;s data</source>
        <translation>同时在每个选中客户端的数据上测试</translation>
    </message>
    <message>
        <source>Shows how unevenly the global model serves the clients. Costs extra time.</source>
        <translation>显示全局模型对各客户端的服务有多不均衡。会额外耗时。</translation>
    </message>
    <message>
        <source>Batch size for testing; affects memory and speed only, not the results.</source>
        <translation>测试用的批大小；只影响内存和速度，不影响结果。</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Every client runs on a device profile that says how fast and efficiently it computes and how it reaches the server. From it each client&apos;s energy, time and carbon are modelled in every round.</source>
        <translation>每个客户端都运行在一个设备配置文件上，该文件说明它的计算速度与效率以及如何连接服务器。据此对每个客户端每轮的能耗、时间和碳排放进行建模。</translation>
    </message>
    <message>
        <source>Device mix</source>
        <translation>设备构成</translation>
    </message>
    <message>
        <source>Which devices the clients run on. Shares are relative: each profile gets its share of the clients, and which client gets which device is drawn from the seed.</source>
        <translation>客户端运行在哪些设备上。份额是相对的：每个配置文件分得相应比例的客户端，哪个客户端分到哪种设备由随机种子决定。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>empty: use the device mix</source>
        <translation>留空：使用设备构成</translation>
    </message>
    <message>
        <source>Device per client</source>
        <translation>每客户端设备</translation>
    </message>
    <message>
        <source>An explicit device profile for each client, in client order, separated by commas; replaces the mix. Needs exactly one name per client.</source>
        <translation>按客户端顺序为每个客户端明确指定设备配置文件，以逗号分隔；将取代设备构成。需要每个客户端恰好一个名称。</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新建配置文件…</translation>
    </message>
    <message>
        <source>Device profiles</source>
        <translation>设备配置文件</translation>
    </message>
    <message>
        <source>The figures behind each device. Change a built-in profile&apos;s figures for this federation, or define a profile of your own (it must set every figure).</source>
        <translation>每种设备背后的参数。可为此联邦修改内置配置文件的参数，或定义您自己的配置文件（必须设置每个参数）。</translation>
    </message>
    <message>
        <source>New device profile</source>
        <translation>新建设备配置文件</translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. sensor):</source>
        <translation>新配置文件的名称（例如 sensor）：</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>已存在名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止期限</translation>
    </message>
    <message>
        <source>The modelled time, in seconds, a selected client may take for a round (local training plus upload). Required by deadline-aware selection; energy-aware selection also leaves out clients that cannot meet it. None: no deadline.</source>
        <translation>选中的客户端完成一轮可用的建模时间（秒）（本地训练加上传）。截止期限感知选择必须设置；能耗感知选择也会排除无法按时完成的客户端。无：没有截止期限。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shared bandwidth (Hz)</source>
        <translation>共享带宽 (Hz)</translation>
    </message>
    <message>
        <source>Uplink bandwidth the selected clients share each round, split to minimise their transmit energy within the deadline. None: every client uses its device profile&apos;s own bandwidth.</source>
        <translation>每轮选中客户端共享的上行带宽，按在截止期限内使发射能耗最小的方式分配。无：每个客户端使用其设备配置文件自身的带宽。</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>功率控制</translation>
    </message>
    <message>
        <source>Lowest transmit power that meets the deadline</source>
        <translation>满足截止期限的最低发射功率</translation>
    </message>
    <message>
        <source>Each client transmits at the lowest power that still finishes its upload by the deadline, instead of at its maximum. Needs a deadline.</source>
        <translation>每个客户端以仍能在截止期限前完成上传的最低功率发射，而不是以最大功率发射。需要设置截止期限。</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>Grams of CO₂ per kWh of the grid, for every client. Per profile: each device profile&apos;s own figure.</source>
        <translation>每个客户端所用电网每千瓦时的 CO₂ 克数。按配置文件：使用每个设备配置文件自己的值。</translation>
    </message>
    <message>
        <source>Per profile</source>
        <translation>按配置文件</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> 克/千瓦时</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>上传大小</translation>
    </message>
    <message>
        <source>Bytes each client uploads per round. Automatic: the size of the encoded update (4 bytes per parameter plus a small header).</source>
        <translation>每个客户端每轮上传的字节数。自动：编码后更新的大小（每个参数 4 字节，外加一个小头部）。</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation>每样本 FLOPs</translation>
    </message>
    <message>
        <source>Training FLOPs per sample. Automatic: 6 × the model&apos;s multiply-accumulates per forward pass.</source>
        <translation>每个样本的训练 FLOPs。自动：模型每次前向传播乘加运算次数的 6 倍。</translation>
    </message>
    <message>
        <source>Idle power</source>
        <translation>空闲功率</translation>
    </message>
    <message>
        <source>Charge idle power while waiting for the round</source>
        <translation>等待本轮时计入空闲功率</translation>
    </message>
    <message>
        <source>Also charge each selected client&apos;s idle power while it waits for the slowest selected client. Off by default, as in the standard model: a device that is on anyway spends that power whether or not it takes part.</source>
        <translation>同时计入每个选中客户端在等待最慢的选中客户端时的空闲功率。默认关闭，与标准模型一致：一台本来就开着的设备，无论是否参与都会消耗这部分功率。</translation>
    </message>
    <message>
        <source>Audit ledger</source>
        <translation>审计账本</translation>
    </message>
    <message>
        <source>Every run keeps a hash-chained, signed ledger of its rounds. This decides what else it keeps for auditors.</source>
        <translation>每次运行都会为其各轮保存一个经过签名的哈希链账本。此处决定它还为审计者额外保存什么。</translation>
    </message>
    <message>
        <source>Client updates</source>
        <translation>客户端更新</translation>
    </message>
    <message>
        <source>Keep every accepted client update</source>
        <translation>保留每个被接受的客户端更新</translation>
    </message>
    <message>
        <source>Also store every accepted client update in the run file, so that an auditor can replay each aggregation. Costs one model&apos;s size per update.</source>
        <translation>同时把每个被接受的客户端更新存入运行文件，以便审计者重放每次聚合。每个更新占用一个模型的大小。</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Machine resources; not part of the federation&apos;s design, and without effect on its results.</source>
        <translation>机器资源；不属于联邦设计的一部分，也不影响其结果。</translation>
    </message>
    <message>
        <source>Training threads</source>
        <translation>训练线程</translation>
    </message>
    <message>
        <source>How many clients train at the same time on this machine. Automatic: one per CPU core.</source>
        <translation>本机上同时训练的客户端数量。自动：每个 CPU 核心一个。</translation>
    </message>
    <message>
        <source>%1 (defined here)</source>
        <translation>%1（在此定义）</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Go back to the built-in figures of this profile.</source>
        <translation>恢复此配置文件的内置参数。</translation>
    </message>
    <message>
        <source>Remove this profile from the spec.</source>
        <translation>从规格中移除此配置文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Differential privacy bounds how much any one client&apos;s data can change what the models reveal, as an (ε, δ) guarantee that grows with every round (docs/privacy.md).</source>
        <translation>差分隐私限制任意单个客户端的数据能在多大程度上改变模型所泄露的信息，以 (ε, δ) 保证的形式给出，且该保证随每一轮增长（docs/privacy.md）。</translation>
    </message>
    <message>
        <source>Differential privacy</source>
        <translation>差分隐私</translation>
    </message>
    <message>
        <source>Clip updates and add Gaussian noise</source>
        <translation>裁剪更新并添加高斯噪声</translation>
    </message>
    <message>
        <source>DP-FedAvg (McMahan et al. 2018): every update is clipped to the clip norm and Gaussian noise is added; a Rényi-DP accountant reports ε after every round. Needs FedAvg, FedProx or FedAvgM.</source>
        <translation>DP-FedAvg（McMahan 等，2018）：每个更新都被裁剪到裁剪范数以内并添加高斯噪声；Rényi-DP 核算器在每轮之后报告 ε。需要 FedAvg、FedProx 或 FedAvgM。</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中心化</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Selected per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation type="vanished">协调者裁剪各个更新，并对它们的平均值一次性添加噪声。每个客户端以“每轮选中比例”为概率各自独立抽签决定是否参与。准确率损失小；但必须信任协调者。</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Every node clips and noises its own update before sending it, so not even the coordinator sees it in clear. Much noisier; ε is per node.</source>
        <translation>每个节点在发送前自行裁剪其更新并添加噪声，因此连协调者也看不到明文。噪声大得多；ε 按节点计算。</translation>
    </message>
    <message>
        <source>Where noise is added</source>
        <translation>噪声添加位置</translation>
    </message>
    <message>
        <source>Central: once, at the coordinator. Local: by every node, before its update leaves.</source>
        <translation>中心化：在协调者处添加一次。本地：由每个节点在其更新发出之前添加。</translation>
    </message>
    <message>
        <source>Noise multiplier (z)</source>
        <translation>噪声乘数 (z)</translation>
    </message>
    <message>
        <source>The noise&apos;s standard deviation over the clip norm. Larger: smaller ε per round, noisier models. Central noise per coordinate is z × C / (expected clients per round).</source>
        <translation>噪声标准差与裁剪范数之比。越大：每轮 ε 越小，模型噪声越大。中心化模式下每个坐标的噪声为 z × C / (每轮预期客户端数)。</translation>
    </message>
    <message>
        <source>Clip norm (C)</source>
        <translation>裁剪范数 (C)</translation>
    </message>
    <message>
        <source>Every update is scaled down to at most this L2 norm, which bounds what one client can change. Too small slows learning; too large wastes the noise.</source>
        <translation>每个更新都会被缩小到 L2 范数不超过此值，从而限制单个客户端能造成的改变。太小会减慢学习；太大则浪费噪声。</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>The small probability the ε bound may fail; keep it below 1 / clients.</source>
        <translation>ε 界可能失效的小概率；请使其低于 1 / 客户端数。</translation>
    </message>
    <message>
        <source>Privacy budget (ε)</source>
        <translation>隐私预算 (ε)</translation>
    </message>
    <message>
        <source>The run stops before a round that would take ε past this budget.</source>
        <translation>若某一轮会使 ε 超出此预算，运行将在该轮之前停止。</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>Secure aggregation</source>
        <translation>安全聚合</translation>
    </message>
    <message>
        <source>The coordinator sees only masked updates and their sum</source>
        <translation>协调者只能看到加掩码的更新及其总和</translation>
    </message>
    <message>
        <source>Pairwise masking (Bonawitz et al. 2017): nodes mask their updates with keys they agree on in pairs, so the masks cancel only in the sum. Needs an averaging strategy (not median, trimmed mean, Krum or SCAFFOLD).</source>
        <translation>成对掩码（Bonawitz 等，2017）：节点用两两协商的密钥为其更新加掩码，使掩码只在求和时相互抵消。需要平均类策略（不能是中位数、截尾均值、Krum 或 SCAFFOLD）。</translation>
    </message>
    <message>
        <source>Threshold (t)</source>
        <translation>阈值 (t)</translation>
    </message>
    <message>
        <source>Nodes needed to unmask a round: a fraction of the round&apos;s nodes in (0.5, 1], or a whole number ≥ 2. Up to n − t nodes may drop out; with more the round keeps the model and records an incident.</source>
        <translation>解除一轮掩码所需的节点数：本轮节点的比例，取值 (0.5, 1]；或一个 ≥ 2 的整数。最多可有 n − t 个节点掉线；超过此数时，该轮保留原模型并记录一个事件。</translation>
    </message>
    <message>
        <source>Fixed-point bits (f)</source>
        <translation>定点位数 (f)</translation>
    </message>
    <message>
        <source>Updates are sent as round(samples × update × 2^f) in 64-bit integers so that the masks cancel exactly. More bits: finer values, a smaller largest value.</source>
        <translation>更新以 round(样本数 × 更新 × 2^f) 的形式用 64 位整数发送，以便掩码精确抵消。位数越多：数值越精细，可表示的最大值越小。</translation>
    </message>
    <message>
        <source>Simulated dropouts</source>
        <translation>模拟掉线</translation>
    </message>
    <message>
        <source>Simulation only: the chance that a node drops out after masking, so that its masked update never arrives. Seeded, so runs stay reproducible.</source>
        <translation>仅限模拟：节点在加掩码后掉线、致使其加掩码的更新永远不会到达的概率。由随机种子决定，因此运行可复现。</translation>
    </message>
    <message>
        <source>Contribution and rewards</source>
        <translation>贡献与奖励</translation>
    </message>
    <message>
        <source>Scores each accepted update by its Shapley value on a validation split the coordinator holds out, and pays rewards recorded on the ledger.</source>
        <translation>按每个被接受的更新在协调者留出的验证集上的 Shapley 值为其评分，并发放记录在账本上的奖励。</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Score contributions and pay rewards</source>
        <translation>为贡献评分并发放奖励</translation>
    </message>
    <message>
        <source>Costs evaluations every round (docs/contribution.md measures how many); holds validation samples out of the training set.</source>
        <translation>每轮都需要额外评估（docs/contribution.md 测量了次数）；会从训练集中留出验证样本。</translation>
    </message>
    <message>
        <source>Exact up to 8 updates, then GTG-Shapley, leave-one-out or cosine as the budget allows.</source>
        <translation>不超过 8 个更新时精确计算，否则视预算使用 GTG-Shapley、留一法或余弦相似度。</translation>
    </message>
    <message>
        <source>Exact Shapley</source>
        <translation>精确 Shapley</translation>
    </message>
    <message>
        <source>Every coalition; at most 8 updates per round.</source>
        <translation>遍历所有联盟；每轮最多 8 个更新。</translation>
    </message>
    <message>
        <source>GTG-Shapley</source>
        <translation>GTG-Shapley</translation>
    </message>
    <message>
        <source>Guided truncated sampling within the budget.</source>
        <translation>在预算内进行引导式截断采样。</translation>
    </message>
    <message>
        <source>Truncated Monte-Carlo</source>
        <translation>截断蒙特卡洛</translation>
    </message>
    <message>
        <source>Random permutations within the budget.</source>
        <translation>在预算内使用随机排列。</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>留一法</translation>
    </message>
    <message>
        <source>One evaluation per update, plus one.</source>
        <translation>每个更新一次评估，另加一次。</translation>
    </message>
    <message>
        <source>Cosine similarity</source>
        <translation>余弦相似度</translation>
    </message>
    <message>
        <source>Similarity to the median update; one evaluation.</source>
        <translation>与中位数更新的相似度；一次评估。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How scores are computed.</source>
        <translation>分数的计算方式。</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>评估预算</translation>
    </message>
    <message>
        <source>Coalition evaluations per round for the sampling methods.</source>
        <translation>采样类方法每轮的联盟评估次数。</translation>
    </message>
    <message>
        <source>Validation samples</source>
        <translation>验证样本</translation>
    </message>
    <message>
        <source>Training samples the coordinator holds out to score updates on.</source>
        <translation>协调者留出、用于为更新评分的训练样本。</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>奖励池</translation>
    </message>
    <message>
        <source>Reward units shared among each round&apos;s contributors.</source>
        <translation>每轮在贡献者之间分配的奖励单位数。</translation>
    </message>
    <message>
        <source>Energy weight</source>
        <translation>能耗权重</translation>
    </message>
    <message>
        <source>Share of the pool paid by score per joule instead of by score.</source>
        <translation>按每焦耳分数而非按分数发放的奖励池份额。</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Where the clients run: simulated inside this program, or as fednode processes on this computer or on SSH hosts that join over mutual TLS with the kits File &gt; Provision Nodes makes (docs/nodes.md).</source>
        <translation>客户端的运行位置：在本程序内模拟，或作为 fednode 进程运行在本机或 SSH 主机上，这些进程使用“文件 &gt; 预配节点”生成的启动包通过双向 TLS 加入（docs/nodes.md）。</translation>
    </message>
    <message>
        <source>In this program</source>
        <translation>在本程序内</translation>
    </message>
    <message>
        <source>Every client is a simulated thread of the coordinator; nothing to provision.</source>
        <translation>每个客户端都是协调者的一个模拟线程；无需预配。</translation>
    </message>
    <message>
        <source>Local fednode processes</source>
        <translation>本地 fednode 进程</translation>
    </message>
    <message>
        <source>One fednode process per client on this computer, each with its own kit.</source>
        <translation>本机上每个客户端一个 fednode 进程，各有自己的启动包。</translation>
    </message>
    <message>
        <source>SSH hosts</source>
        <translation>SSH 主机</translation>
    </message>
    <message>
        <source>The kits are copied with scp and fednode is started with ssh on the hosts below, client i on host i mod n.</source>
        <translation>启动包通过 scp 复制，fednode 通过 ssh 在下列主机上启动，客户端 i 运行在主机 i mod n 上。</translation>
    </message>
    <message>
        <source>Clients run</source>
        <translation>客户端运行于</translation>
    </message>
    <message>
        <source>In this program (simulation), as local fednode processes, or on SSH hosts. The networked modes need a provisioned kit folder whose node count equals Clients.</source>
        <translation>在本程序内（模拟）、作为本地 fednode 进程，或在 SSH 主机上。联网模式需要一个已预配的启动包文件夹，其节点数等于客户端数。</translation>
    </message>
    <message>
        <source>Kit folder</source>
        <translation>启动包文件夹</translation>
    </message>
    <message>
        <source>The folder File &gt; Provision Nodes (or fedctl provision --out) wrote, with coordinator/ and nodes/. Relative to the spec&apos;s folder.</source>
        <translation>由“文件 &gt; 预配节点”（或 fedctl provision --out）写入的文件夹，包含 coordinator/ 和 nodes/。相对于规格所在的文件夹。</translation>
    </message>
    <message>
        <source>e.g. kits</source>
        <translation>例如 kits</translation>
    </message>
    <message>
        <source>Choose the kit folder</source>
        <translation>选择启动包文件夹</translation>
    </message>
    <message>
        <source>Provision…</source>
        <translation>预配…</translation>
    </message>
    <message>
        <source>Make a federation CA and one startup kit per client (File &gt; Provision Nodes).</source>
        <translation>生成联邦 CA 并为每个客户端生成一个启动包（文件 &gt; 预配节点）。</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>HOST:PORT the coordinator listens on, e.g. 0.0.0.0:7443 to accept other machines. Empty: the address the kit was provisioned with.</source>
        <translation>协调者监听的 HOST:PORT，例如 0.0.0.0:7443 以接受其他机器的连接。留空：使用预配启动包时的地址。</translation>
    </message>
    <message>
        <source>the kit&apos;s address</source>
        <translation>启动包中的地址</translation>
    </message>
    <message>
        <source>Round deadline (s)</source>
        <translation>轮次截止时间（秒）</translation>
    </message>
    <message>
        <source>A selected node that has sent no update by then is a dropout. A node that misses five heartbeats is a dropout at once.</source>
        <translation>被选中的节点若到时仍未发送更新，即视为掉线。错过五次心跳的节点立即视为掉线。</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定数量</translation>
    </message>
    <message>
        <source>Updates a round needs at its deadline: a fraction of the selected nodes (up to 1), or above 1 a count. Short of it, the run stops with an error naming the round.</source>
        <translation>一轮在截止时需要的更新数：所选节点的比例（最多为 1），或大于 1 时为数量。若不足，运行将停止并报错，指明该轮。</translation>
    </message>
    <message>
        <source>the spec&apos;s partition</source>
        <translation type="vanished">规格中的划分</translation>
    </message>
    <message>
        <source>Node data</source>
        <translation>节点数据</translation>
    </message>
    <message>
        <source>Per node, separated by semicolons: a data path on the node&apos;s machine to train on instead of the spec&apos;s partition (fednode --data). Leave an entry empty to keep the partition for that node.</source>
        <translation type="vanished">按节点列出，以分号分隔：节点所在机器上的数据路径，用于代替规格中的划分进行训练（fednode --data）。某项留空则该节点保留原划分。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>身份文件</translation>
    </message>
    <message>
        <source>fednode program</source>
        <translation>fednode 程序</translation>
    </message>
    <message>
        <source>SSH options</source>
        <translation>SSH 选项</translation>
    </message>
    <message>
        <source>[user@]host, as you would give it to ssh</source>
        <translation>[user@]host，与传给 ssh 的写法相同</translation>
    </message>
    <message>
        <source>ssh -i FILE; empty: the SSH agent or ~/.ssh defaults</source>
        <translation>ssh -i 文件；留空：使用 SSH 代理或 ~/.ssh 的默认设置</translation>
    </message>
    <message>
        <source>The fednode program on that host</source>
        <translation>该主机上的 fednode 程序</translation>
    </message>
    <message>
        <source>ssh -o options, NAME=VALUE, separated by spaces (e.g. UserKnownHostsFile=/path/known_hosts)</source>
        <translation>ssh -o 选项，NAME=VALUE，以空格分隔（例如 UserKnownHostsFile=/path/known_hosts）</translation>
    </message>
    <message>
        <source>Client i runs on host i mod n. Add a row per machine; the kit goes to ~/.fedstudio/kits there and fednode&apos;s log streams back.</source>
        <translation>客户端 i 运行在主机 i mod n 上。每台机器添加一行；启动包会放到该机器的 ~/.fedstudio/kits，fednode 的日志会回传。</translation>
    </message>
    <message>
        <source>row %1: the SSH port “%2” is not a whole number</source>
        <translation>第 %1 行：SSH 端口“%2”不是整数</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <source>Remove the selected host</source>
        <translation>移除所选主机</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Data path</source>
        <translation>数据路径</translation>
    </message>
    <message>
        <source>The node&apos;s kit name; client i is node i</source>
        <translation>节点的启动包名称；客户端 i 即节点 i</translation>
    </message>
    <message>
        <source>fednode --data: a path on the node&apos;s machine; empty: the spec&apos;s partition</source>
        <translation>fednode --data：节点所在机器上的路径；留空：使用规格中的划分</translation>
    </message>
    <message>
        <source>Per node, a data set on its machine to train on instead of the spec&apos;s partition (fednode --data), of the spec&apos;s data kind. Leave a row empty to keep the partition for that node.</source>
        <translation>每个节点在其机器上用于训练的数据集（fednode --data），替代规格中的划分，数据类型须与规格一致。某行留空则该节点沿用划分。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Train the selected node on the spec&apos;s partition again</source>
        <translation>让所选节点重新使用规格中的划分进行训练</translation>
    </message>
    <message>
        <source>Synthetic data has no files to choose</source>
        <translation>合成数据没有可选择的文件</translation>
    </message>
    <message>
        <source>The path is on the SSH host: type it in the table</source>
        <translation>该路径位于 SSH 主机上：请在表格中输入</translation>
    </message>
    <message>
        <source>Choose the selected node&apos;s data on this computer</source>
        <translation>在本机上选择所选节点的数据</translation>
    </message>
    <message>
        <source>%1 (no such client)</source>
        <translation>%1（无此客户端）</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>%1 的数据</translation>
    </message>
    <message>
        <source>Fraction of clients per round (0–1)</source>
        <translation>每轮客户端比例（0–1）</translation>
    </message>
    <message>
        <source>The coordinator clips the updates and adds noise once to their average. Each client takes part with probability “Fraction of clients per round” on its own coin. Small accuracy cost; the coordinator must be trusted.</source>
        <translation>协调者裁剪各个更新，并对它们的平均值一次性添加噪声。每个客户端以“每轮客户端比例”为概率各自独立抽签决定是否参与。准确率损失小；但必须信任协调者。</translation>
    </message>
    <message>
        <source>Join window (s)</source>
        <translation>加入窗口（秒）</translation>
    </message>
    <message>
        <source>How long after the start a node that has not joined yet is waited for (an SSH copy, a slow host) before round 1 starts without it; rounds wait for it until then too. The wait ends early when every missing node has failed to launch. 0: the round deadline.</source>
        <translation>启动后等待尚未加入的节点（SSH 复制、较慢的主机）多长时间，之后第 1 轮在没有它的情况下开始；在此之前，各轮也会等待它。当每个缺失节点的启动都已失败时，等待会提前结束。0：轮次截止时间。</translation>
    </message>
    <message>
        <source>round deadline</source>
        <translation>轮次截止时间</translation>
    </message>
</context>
<context>
    <name>fed::viewer::AuditWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open for Audit…</source>
        <translation>以审计方式打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>账本(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Block</source>
        <translation>显示区块(&amp;B)</translation>
    </message>
    <message>
        <source>Show &amp;Lineage</source>
        <translation>显示谱系(&amp;L)</translation>
    </message>
    <message>
        <source>Read-only audit: the run file is never written</source>
        <translation>只读审计：从不写入运行文件</translation>
    </message>
    <message>
        <source>Cannot Open for Audit</source>
        <translation>无法以审计方式打开</translation>
    </message>
    <message>
        <source>“%1” could not be opened:
%2</source>
        <translation>无法打开“%1”：
%2</translation>
    </message>
    <message>
        <source>Open Run for Audit</source>
        <translation>以审计方式打开运行</translation>
    </message>
    <message>
        <source>Federation runs (*.fedrun);;All files (*)</source>
        <translation>联邦运行 (*.fedrun);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>%1 — Audit (read-only)</source>
        <translation>%1 — 审计（只读）</translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockDetailView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>The block before this one (its previous hash)</source>
        <translation>此区块之前的区块（其前一哈希）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Trace Lineage</source>
        <translation>追溯谱系</translation>
    </message>
    <message>
        <source>Show where this block&apos;s model came from, back to genesis</source>
        <translation>显示此区块的模型从何而来，一直追溯到创世</translation>
    </message>
    <message>
        <source>SHA-256 (block hash):</source>
        <translation>SHA-256（区块哈希）：</translation>
    </message>
    <message>
        <source>Signed message:</source>
        <translation>签名消息：</translation>
    </message>
    <message>
        <source>Coordinator signature:</source>
        <translation>协调者签名：</translation>
    </message>
    <message>
        <source>Copy Bytes as Hex</source>
        <translation>以十六进制复制字节</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Raw Bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <source>Not verified yet. Verify checks every hash link, signature, Merkle root and stored model of the chain, and replays the rounds whose updates are stored.</source>
        <translation>尚未验证。“验证”会检查链上的每个哈希链接、签名、默克尔根和存储的模型，并重放存储了更新的轮次。</translation>
    </message>
    <message>
        <source>✓ Valid: this block&apos;s hash link, coordinator signature, node signatures, Merkle root and stored blobs check out, and so does every block before it.</source>
        <translation>✓ 有效：此区块的哈希链接、协调者签名、节点签名、默克尔根和存储的数据块均核对无误，之前的每个区块亦然。</translation>
    </message>
    <message>
        <source>Replaying its aggregation from the stored updates gives its model.</source>
        <translation>根据存储的更新重放其聚合可得到其模型。</translation>
    </message>
    <message>
        <source>Its updates were not stored, so it was not replayed.</source>
        <translation>其更新未被存储，因此未重放。</translation>
    </message>
    <message>
        <source>✗ INVALID — the first bad block of the chain: %1</source>
        <translation>✗ 无效——链上第一个错误区块：%1</translation>
    </message>
    <message>
        <source>⚠ Untrusted — %1</source>
        <translation>⚠ 不可信——%1</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>未选择区块</translation>
    </message>
    <message>
        <source>Select a block in the list to see everything it records.</source>
        <translation>在列表中选择一个区块以查看其记录的全部内容。</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Cannot be read:</source>
        <translation>无法读取：</translation>
    </message>
    <message>
        <source>Block 0 · genesis</source>
        <translation>区块 0 · 创世</translation>
    </message>
    <message>
        <source>Block %1 · round %2</source>
        <translation>区块 %1 · 第 %2 轮</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>%1 (format version %2)</source>
        <translation>%1（格式版本 %2）</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>%1 local · %2</source>
        <translation>本地 %1 · %2</translation>
    </message>
    <message>
        <source>Block hash:</source>
        <translation>区块哈希：</translation>
    </message>
    <message>
        <source>Previous block:</source>
        <translation>前一区块：</translation>
    </message>
    <message>
        <source>(none: genesis)</source>
        <translation>（无：创世）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Federation id:</source>
        <translation>联邦 ID：</translation>
    </message>
    <message>
        <source>Federation:</source>
        <translation>联邦：</translation>
    </message>
    <message>
        <source>Spec hash:</source>
        <translation>规格哈希：</translation>
    </message>
    <message>
        <source>✓ SHA-256 of the spec</source>
        <translation>✓ 规格的 SHA-256</translation>
    </message>
    <message>
        <source>✗ not the spec&apos;s SHA-256</source>
        <translation>✗ 不是规格的 SHA-256</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>协调者公钥：</translation>
    </message>
    <message>
        <source>Coordinator id:</source>
        <translation>协调者 ID：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Initial model:</source>
        <translation>初始模型：</translation>
    </message>
    <message>
        <source>Software:</source>
        <translation>软件：</translation>
    </message>
    <message>
        <source>Federation Studio %1</source>
        <translation>Federation Studio %1</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Parent model:</source>
        <translation>父模型：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Strategy state:</source>
        <translation>策略状态：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>%1 selected · %2 accepted · %3 incident(s)</source>
        <translation type="vanished">选中 %1 个 · 接受 %2 个 · %3 个事件</translation>
    </message>
    <message>
        <source>Merkle root:</source>
        <translation>默克尔根：</translation>
    </message>
    <message>
        <source>✓ the updates give this root</source>
        <translation>✓ 这些更新得出此根</translation>
    </message>
    <message>
        <source>✗ the updates give %1</source>
        <translation>✗ 这些更新得出 %1</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>能耗：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Updates (%1)</source>
        <translation>更新（%1）</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <source>The block&apos;s canonical encoding (docs/ledger-format.md), %1 bytes. Its SHA-256 is the block hash; the coordinator signs the message below.</source>
        <translation>区块的规范编码（docs/ledger-format.md），%1 字节。其 SHA-256 即区块哈希；协调者对下面的消息签名。</translation>
    </message>
    <message>
        <source>The first %1 bytes are shown; Copy Bytes copies them all.</source>
        <translation>仅显示前 %1 字节；“复制字节”会全部复制。</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>Contributions:</source>
        <translation>贡献：</translation>
    </message>
    <message>
        <source>%1 · reward rule %2 (%3) · %4 paid out — %5</source>
        <translation>%1 · 奖励规则 %2（%3）· 已发放 %4 — %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected · %2 accepted · %n incident(s)</source>
        <translation>
            <numerusform>选中 %1 个 · 接受 %2 个 · %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::BlockListModel</name>
    <message>
        <source>No block is stored at this height: it is missing from the chain.</source>
        <translation>此高度没有存储区块：链中缺失该区块。</translation>
    </message>
    <message>
        <source>Not verified yet: press Verify to check the whole chain.</source>
        <translation>尚未验证：按“验证”检查整条链。</translation>
    </message>
    <message>
        <source>Model %1
Block %2</source>
        <translation>模型 %1
区块 %2</translation>
    </message>
    <message>
        <source>%1 accepted of %2 selected; %3 incident(s)</source>
        <translation type="vanished">选中 %2 个，接受 %1 个；%3 个事件</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
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
        <translation>接受的更新 / 选中的节点；有更新被拒绝或丢弃时显示 ⚠</translation>
    </message>
    <message>
        <source>The global model&apos;s test accuracy after the round</source>
        <translation>本轮后全局模型的测试准确率</translation>
    </message>
    <message>
        <source>The round&apos;s modelled energy: computation, communication and idle</source>
        <translation>本轮的建模能耗：计算、通信和空闲</translation>
    </message>
    <message>
        <source>What the last verification found</source>
        <translation>上次验证的结果</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted of %2 selected; %n incident(s)</source>
        <translation>
            <numerusform>选中 %2 个，接受 %1 个；%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fed::viewer::ContributionsModel</name>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Model it went into</source>
        <translation>其贡献的模型</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Its update</source>
        <translation>其更新</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>模型准确率</translation>
    </message>
    <message>
        <source>Its energy</source>
        <translation>自身能耗</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>贡献分数</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>本轮后余额</translation>
    </message>
</context>
<context>
    <name>fed::viewer::CopyTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>复制 %1(&amp;C)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::HashLabel</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>fed::viewer::IncidentsModel</name>
    <message>
        <source>Node id %1</source>
        <translation>节点 ID %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>none arrived</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>更新哈希</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LedgerExplorer</name>
    <message>
        <source>Search: hash prefix, node id, client 3, round 12, or a time (2024-11-21 10:30)</source>
        <translation type="vanished">搜索：哈希前缀、节点 ID、client 3、轮次 12 或时间（2024-11-21 10:30）</translation>
    </message>
    <message>
        <source>A block, model or update hash prefix; a node id prefix or “client 3”; a round number; or a date and time — Enter jumps to the first match.</source>
        <translation>区块、模型或更新的哈希前缀；节点 ID 前缀或“client 3”；轮次编号；或日期和时间——按 Enter 跳到第一个匹配项。</translation>
    </message>
    <message>
        <source>&amp;Find in Ledger</source>
        <translation>在账本中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>验证链(&amp;V)</translation>
    </message>
    <message>
        <source>Check every hash link, signature, Merkle root and stored model, in the background</source>
        <translation>在后台检查每个哈希链接、签名、默克尔根和存储的模型</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the verification or the report</source>
        <translation>停止验证或生成报告</translation>
    </message>
    <message>
        <source>&amp;Export Audit Report…</source>
        <translation>导出审计报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the chosen model&apos;s audit report as HTML or PDF</source>
        <translation>将所选模型的审计报告写为 HTML 或 PDF</translation>
    </message>
    <message>
        <source>&amp;Print Audit Report…</source>
        <translation>打印审计报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Also recompute each round&apos;s aggregation from its stored updates and compare the model hash</source>
        <translation>同时根据存储的更新重新计算每轮的聚合并比较模型哈希</translation>
    </message>
    <message>
        <source>Follow new blocks</source>
        <translation>跟随新区块</translation>
    </message>
    <message>
        <source>Add the blocks of a running federation as it commits its rounds</source>
        <translation>在运行中的联邦提交各轮时添加其区块</translation>
    </message>
    <message>
        <source>Copy &amp;Block Hash</source>
        <translation>复制区块哈希(&amp;B)</translation>
    </message>
    <message>
        <source>Copy &amp;Model Hash</source>
        <translation>复制模型哈希(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Trace Lineage</source>
        <translation>追溯谱系(&amp;T)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the search results</source>
        <translation>关闭搜索结果</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>区块(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lineage</source>
        <translation>谱系(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot open the run file: %1</source>
        <translation>无法打开运行文件：%1</translation>
    </message>
    <message>
        <source>Its blocks appear here as the run commits its rounds.</source>
        <translation>运行提交各轮时，其区块会显示在这里。</translation>
    </message>
    <message>
        <source>No run file is open. The Ledger tab shows the run on the Run page; File &gt; Open for Audit opens any run file read-only.</source>
        <translation>未打开运行文件。“账本”标签页显示“运行”页面上的运行；“文件 &gt; 以审计方式打开”可以只读方式打开任意运行文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) written since are not verified yet.</source>
        <translation>
            <numerusform>此后写入的 %n 个区块尚未验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying %p%</source>
        <translation>正在验证 %p%</translation>
    </message>
    <message>
        <source>Verifying the chain, replaying the rounds whose updates are stored…</source>
        <translation>正在验证链，并重放存储了更新的轮次…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>正在验证链…</translation>
    </message>
    <message>
        <source>Verification was cancelled; nothing has been checked.</source>
        <translation>验证已取消；未检查任何内容。</translation>
    </message>
    <message>
        <source>Verification cancelled</source>
        <translation>验证已取消</translation>
    </message>
    <message>
        <source>The run committed new blocks while it was being verified: verify again once it has finished for a result that covers them.</source>
        <translation>验证期间运行提交了新区块：请在运行结束后再次验证，以获得涵盖这些区块的结果。</translation>
    </message>
    <message>
        <source>Ledger verified: valid</source>
        <translation>账本验证结果：有效</translation>
    </message>
    <message>
        <source>Ledger verified: INVALID</source>
        <translation>账本验证结果：无效</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <source>Nothing in this ledger matches “%1”.</source>
        <translation>此账本中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>%1 match(es) for “%2”%3 — click one to go to its block.</source>
        <translation>“%2”有 %1 个匹配项%3——点击一项即可跳到其区块。</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> （前 %1 个）</translation>
    </message>
    <message>
        <source>The ledger has no model to report on yet.</source>
        <translation>账本中还没有可供报告的模型。</translation>
    </message>
    <message>
        <source>Report %p%</source>
        <translation>报告 %p%</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Audit report written</source>
        <translation>审计报告已写入</translation>
    </message>
    <message>
        <source>Export Audit Report for Model %1</source>
        <translation>导出模型 %1 的审计报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>审计报告 %1</translation>
    </message>
    <message>
        <source>Print Audit Report for Model %1</source>
        <translation>打印模型 %1 的审计报告</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>No run file open</source>
        <translation>未打开运行文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n block(s)</source>
        <translation>
            <numerusform>%1 · %n 个区块</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <source>opened read-only: this viewer never writes to the file</source>
        <translation>以只读方式打开：此查看器从不写入该文件</translation>
    </message>
    <message>
        <source>Find: hash, node id, client 3, round 12, 2024-11-21 10:30</source>
        <translation>查找：哈希、节点 ID、client 3、轮次 12、2024-11-21 10:30</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageScene</name>
    <message>
        <source>+%1 more</source>
        <translation>+另外 %1 个</translation>
    </message>
    <message>
        <source>Every contributor is listed in the block&apos;s Updates tab.</source>
        <translation>所有贡献者都列在该区块的“更新”标签页中。</translation>
    </message>
    <message>
        <source>%1 older model versions · show more</source>
        <translation>%1 个更早的模型版本 · 显示更多</translation>
    </message>
</context>
<context>
    <name>fed::viewer::LineageView</name>
    <message>
        <source>Pick a block and Trace Lineage to see where its model came from.</source>
        <translation>选择一个区块并点击“追溯谱系”，查看其模型从何而来。</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Draw %1 older model versions</source>
        <translation>绘制 %1 个更早的模型版本</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the whole graph in the view</source>
        <translation>使整个图适应视图</translation>
    </message>
    <message>
        <source>A node: highlight every model it contributed to</source>
        <translation>节点：突出显示它参与贡献的每个模型</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>None: pick a node to highlight its models</source>
        <translation>无：选择一个节点以突出显示其模型</translation>
    </message>
    <message>
        <source>client %1 · %2</source>
        <translation>客户端 %1 · %2</translation>
    </message>
    <message>
        <source>Tracing model %1…</source>
        <translation>正在追溯模型 %1…</translation>
    </message>
    <message>
        <source>The lineage of model %1 cannot be traced</source>
        <translation>无法追溯模型 %1 的谱系</translation>
    </message>
    <message>
        <source>the initial model</source>
        <translation>初始模型</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Model %1 (%2): %3 version(s) back to genesis, %4 contributing node(s)</source>
        <translation type="vanished">模型 %1（%2）：追溯到创世共 %3 个版本，%4 个贡献节点</translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4 contributing node(s); %5 older</source>
        <translation type="vanished">模型 %1（%2）：最新的 %3 个版本，%4 个贡献节点；另有 %5 个更早版本</translation>
    </message>
    <message>
        <source>Reading its contributions…</source>
        <translation>正在读取其贡献…</translation>
    </message>
    <message>
        <source>Click a node in the graph, or pick one above, to highlight every model it contributed to.</source>
        <translation>点击图中的节点，或在上方选择一个节点，以突出显示它参与贡献的每个模型。</translation>
    </message>
    <message>
        <source>node id %1</source>
        <translation>节点 ID %1</translation>
    </message>
    <message>
        <source>%1 contributed to %2 of %3 rounds (%4 samples, %5 of its own energy); the %6 drawn above are highlighted.</source>
        <translation>%1 参与了 %3 轮中的 %2 轮（%4 个样本，自身能耗 %5）；上方绘出的 %6 个已突出显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n contributing node(s)</source>
        <translation>
            <numerusform>%n 个贡献节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): %3, %4</source>
        <translation>模型 %1（%2）：%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) back to genesis</source>
        <translation>
            <numerusform>追溯到创世共 %n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 (%2): the newest %3 versions, %4; %5 older</source>
        <translation>模型 %1（%2）：最新的 %3 个版本，%4；另有 %5 个更早版本</translation>
    </message>
</context>
<context>
    <name>fed::viewer::MembersModel</name>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Node id (SHA-256 of the key)</source>
        <translation>节点 ID（公钥的 SHA-256）</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>公钥 (Ed25519)</translation>
    </message>
</context>
<context>
    <name>fed::viewer::SearchResultsModel</name>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>fed::viewer::UpdatesModel</name>
    <message>
        <source>Node id %1</source>
        <translation>节点 ID %1</translation>
    </message>
    <message>
        <source>The node&apos;s Ed25519 signature over (federation, round, parent model, update hash, samples) verifies with the key the genesis block names.
%1</source>
        <translation>该节点对（联邦、轮次、父模型、更新哈希、样本数）的 Ed25519 签名可用创世区块中指定的公钥验证通过。
%1</translation>
    </message>
    <message>
        <source>The signature does not verify: the update, its sample count, its round or its parent model was changed after the node signed it.</source>
        <translation>签名验证失败：在节点签名之后，更新、其样本数、其轮次或其父模型被改动过。</translation>
    </message>
    <message>
        <source>The genesis block names no node with this id.</source>
        <translation>创世区块中没有此 ID 的节点。</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>✗ INVALID</source>
        <translation>✗ 无效</translation>
    </message>
    <message>
        <source>✗ unknown node</source>
        <translation>✗ 未知节点</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Update hash</source>
        <translation>更新哈希</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>This block records no contribution scores</source>
        <translation>此区块未记录贡献分数</translation>
    </message>
    <message>
        <source>Contribution score %1 (validation gain), reward %2, balance after this round %3; `fedctl ledger verify` recomputes the reward and the balance</source>
        <translation>贡献分数 %1（验证增益），奖励 %2，本轮后余额 %3；`fedctl ledger verify` 会重新计算奖励和余额</translation>
    </message>
    <message>
        <source>Contribution score</source>
        <translation>贡献分数</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
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

#!/usr/bin/env python3
"""Independent verifier of a Federation Studio audit ledger.

Written from docs/ledger-format.md alone: it shares no code with Federation Studio and needs
only Python 3, its standard library (sqlite3, hashlib, struct, json) and Ed25519 from the
`cryptography` package (Debian: python3-cryptography).

    tools/verify_ledger.py RUN.fedrun [--replay] [--json]

Exit status: 0 the ledger is valid, 1 it is not (the first bad block is named), 2 the file
cannot be read as a run file.
"""

import argparse
import hashlib
import json
import math
import os
import pathlib
import sqlite3
import struct
import sys

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
except ImportError:  # pragma: no cover - reported to the user
    sys.stderr.write("verify_ledger.py needs the 'cryptography' package (python3-cryptography)\n")
    sys.exit(2)

APPLICATION_ID = 0x46454452  # 'FEDR'
MAGIC = b"FSLB"
VERSION = 2  # the newest block encoding; version 1 blocks lack the version-2 round fields
OLDEST_VERSION = 1
UPDATE_TAG = b"fedstudio-ledger-update-v1\x00"
BLOCK_TAG = b"fedstudio-ledger-block-v1\x00"
CANONICAL_NAN = 0x7FF8000000000000
MAX_LIST = 1 << 20
MAX_STRING = 16 << 20
ZERO = bytes(32)


def sha256(data):
    return hashlib.sha256(data).digest()


def short(h):
    return h.hex()[:16]


def raw(value):
    """A column's bytes whatever its SQLite type (a hostile file may change types)."""
    if value is None:
        return b""
    if isinstance(value, (int, float)):
        return str(value).encode("ascii")
    return bytes(value)


class Malformed(Exception):
    pass


class Reader:
    """Reads the canonical encoding; refuses anything that is not canonical."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n, field):
        if len(self.data) - self.pos < n:
            raise Malformed("truncated in %s (at byte %d)" % (field, self.pos))
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt, field):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), field))[0]

    def u8(self, f):
        return self.unpack("B", f)

    def u16(self, f):
        return self.unpack("H", f)

    def u32(self, f):
        return self.unpack("I", f)

    def u64(self, f):
        return self.unpack("Q", f)

    def i64(self, f):
        return self.unpack("q", f)

    def f64(self, f):
        bits = self.unpack("Q", f)
        value = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isnan(value) and bits != CANONICAL_NAN:
            raise Malformed("%s is a non-canonical NaN" % f)
        return value

    def flag(self, f):
        b = self.u8(f)
        if b > 1:
            raise Malformed("%s flag is %d, not 0 or 1" % (f, b))
        return b == 1

    def raw_string(self, f):
        n = self.u32(f)
        if n > MAX_STRING:
            raise Malformed("%s claims %d bytes" % (f, n))
        raw = self.take(n, f)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Malformed("%s is not valid UTF-8" % f)
        return raw

    def string(self, f):
        return self.raw_string(f).decode("utf-8")

    def opt_hash(self, f):
        return self.take(32, f) if self.flag(f) else None

    def count(self, f, min_item):
        n = self.u32(f)
        if n > MAX_LIST or n * min_item > len(self.data) - self.pos:
            raise Malformed("%s count %d is impossible" % (f, n))
        return n

    def metrics(self, f):
        out = []
        previous = None
        for _ in range(self.count(f, 12)):
            name = self.raw_string(f)
            value = self.f64(f)
            if not name:
                raise Malformed("%s has a metric with an empty name" % f)
            if previous is not None and not previous < name:
                raise Malformed("%s names are not in strictly ascending order" % f)
            previous = name
            out.append((name.decode("utf-8"), value))
        return out


def read_secure_aggregation(r):
    """The version-2 `secure_aggregation: opt<...>` round field (docs/ledger-format.md)."""
    if not r.flag("secure aggregation flag"):
        return None
    sa = {"threshold": r.u32("secure aggregation threshold"),
          "fractional_bits": r.u32("secure aggregation fractional bits"),
          "total_weight": r.u64("secure aggregation total weight"),
          "sum_hash": r.take(32, "secure aggregation sum hash"), "participants": []}
    for _ in range(r.count("secure aggregation participant", 4 + 32 + 32 + 64 + 1 + 32)):
        sa["participants"].append({
            "client": r.u32("participant client"),
            "encryption_key": r.take(32, "participant encryption key"),
            "mask_key": r.take(32, "participant mask key"),
            "key_signature": r.take(64, "participant key signature"),
            "dropped": r.flag("participant dropped flag"),
            "revealed": r.take(32, "participant revealed secret")})
    return sa


def decode_block(data):
    r = Reader(data)
    if r.take(4, "magic") != MAGIC:
        raise Malformed("not a ledger block (magic FSLB missing)")
    b = {"version": r.u16("version"), "kind": r.u8("kind")}
    if not OLDEST_VERSION <= b["version"] <= VERSION:
        raise Malformed("block format version %d is not supported" % b["version"])
    if b["kind"] not in (0, 1):
        raise Malformed("block kind %d is neither 0 nor 1" % b["kind"])
    b["height"] = r.u64("height")
    b["previous"] = r.take(32, "previous hash")
    b["timestamp"] = r.i64("timestamp")
    if b["kind"] == 0:
        b["federation_id"] = r.string("federation id")
        b["spec_hash"] = r.take(32, "spec hash")
        b["spec"] = r.raw_string("spec")
        b["coordinator_key"] = r.take(32, "coordinator key")
        b["members"] = [(r.u32("member client"), r.take(32, "member key"))
                        for _ in range(r.count("member", 36))]
        b["initial_model"] = r.take(32, "initial model hash")
        b["software_version"] = r.string("software version")
    else:
        b["round"] = r.u32("round number")
        b["parent_model"] = r.take(32, "parent model hash")
        b["model"] = r.take(32, "model hash")
        b["strategy_state"] = r.opt_hash("strategy state hash")
        b["strategy"] = r.string("strategy")
        b["strategy_parameters"] = r.metrics("strategy parameters")
        b["selected"] = [r.take(32, "selected node id")
                         for _ in range(r.count("selected node", 32))]
        b["updates"] = []
        for _ in range(r.count("update", 32 + 32 + 8 + 4 + 4 + 64)):
            start = r.pos
            u = {"node": r.take(32, "update node id"), "hash": r.take(32, "update hash"),
                 "samples": r.u64("update sample count"), "metrics": r.metrics("update metrics"),
                 "energy": r.metrics("update energy"), "signature": r.take(64, "update signature")}
            u["raw"] = data[start:r.pos]  # the Merkle leaf's content
            b["updates"].append(u)
        b["merkle_root"] = r.take(32, "Merkle root")
        b["evaluation"] = r.metrics("evaluation")
        b["incidents"] = []
        for _ in range(r.count("incident", 32 + 1 + 1 + 4)):
            node = r.take(32, "incident node id")
            kind = r.u8("incident kind")
            if kind not in (1, 2):
                raise Malformed("incident kind %d is not 1 or 2" % kind)
            b["incidents"].append({"node": node, "kind": kind,
                                   "hash": r.opt_hash("incident update hash"),
                                   "reason": r.string("incident reason")})
        b["energy"] = r.metrics("round energy")
        # Version 2 appends fields after `energy`, each in its own reader, in the documented order.
        b["privacy"] = r.metrics("round privacy") if b["version"] >= 2 else []
        b["secure_aggregation"] = read_secure_aggregation(r) if b["version"] >= 2 else None
        b["contributions"] = None
        if b["version"] >= 2:
            b["contributions"] = decode_contributions(r)
    if r.pos != len(data):
        raise Malformed("%d bytes follow the end of the block" % (len(data) - r.pos))
    return b


def decode_contributions(r):
    """The version-2 `contributions` field (docs/ledger-format.md, "Contributions")."""
    if not r.flag("contributions"):
        return None
    c = {"method": r.string("contribution method"), "rule": r.string("contribution reward rule"),
         "parameters": r.metrics("contribution rule parameters"),
         "measurement": r.metrics("contribution measurement"), "entries": []}
    for _ in range(r.count("contribution entry", 32 + 3 * 8)):
        c["entries"].append({"node": r.take(32, "contribution node id"),
                             "score": r.f64("contribution score"),
                             "reward": r.f64("contribution reward"),
                             "balance": r.f64("contribution balance")})
    return c


def proportional_rewards(scores, joules, pool, energy_weight):
    """The "proportional" reward rule of docs/contribution.md, summed in the given order."""
    a = [max(0.0, s) if math.isfinite(s) else 0.0 for s in scores]
    e = [(x / j) if (math.isfinite(j) and j > 0.0) else 0.0 for x, j in zip(a, joules)]
    sum_a = 0.0
    sum_e = 0.0
    for x, y in zip(a, e):
        sum_a += x
        sum_e += y
    w = []
    sum_w = 0.0
    for x, y in zip(a, e):
        by_score = x / sum_a if sum_a > 0.0 else 0.0
        by_energy = y / sum_e if sum_e > 0.0 else 0.0
        w.append((1.0 - energy_weight) * by_score + energy_weight * by_energy)
        sum_w += w[-1]
    if sum_w <= 0.0:
        return [0.0] * len(scores)
    return [pool * x / sum_w for x in w]


def same_amount(a, b):
    if a == b:
        return True
    if not (math.isfinite(a) and math.isfinite(b)):
        return False
    return abs(a - b) <= 1e-12 + 1e-9 * max(abs(a), abs(b))


def merkle_root(raw_entries):
    level = [sha256(b"\x00" + e) for e in raw_entries]
    if not level:
        return ZERO
    while len(level) > 1:
        nxt = [sha256(b"\x01" + level[i] + level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])  # an odd node is carried up unchanged
        level = nxt
    return level[0]


def update_message(federation_id, rnd, parent, update_hash, samples):
    fid = federation_id.encode("utf-8")
    return (UPDATE_TAG + struct.pack("<I", len(fid)) + fid + struct.pack("<Q", rnd) + parent +
            update_hash + struct.pack("<Q", samples))


def verifies(public_key, message, signature):
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


# --- replay: the weight format and FedAvg/FedProx aggregation (docs/ledger-format.md) ----------

def decode_weights(data):
    r = Reader(data)
    if r.take(4, "magic") != b"FSW1":
        raise Malformed("not a weight blob")
    layout = []
    total = 0
    for _ in range(r.u32("tensor count")):
        name = r.take(r.u16("name length"), "name")
        dims = [r.i64("dimension") for _ in range(r.u8("rank"))]
        n = 1
        for d in dims:
            if d < 0:
                raise Malformed("negative dimension")
            n *= d
        total += n
        layout.append((name, tuple(dims)))
    count = r.u64("value count")
    if count != total or len(data) - r.pos != 4 * count:
        raise Malformed("value count does not match the layout")
    values = struct.unpack_from("<%df" % count, data, r.pos)
    return layout, values


def encode_weights(layout, values):
    out = [b"FSW1", struct.pack("<I", len(layout))]
    for name, dims in layout:
        out += [struct.pack("<H", len(name)), name, struct.pack("<B", len(dims))]
        out += [struct.pack("<q", d) for d in dims]
    out.append(struct.pack("<Q", len(values)))
    packed = []
    for v in values:
        try:
            packed.append(struct.pack("<f", v))
        except OverflowError:  # beyond float32: C++ rounds to infinity
            packed.append(struct.pack("<f", math.copysign(math.inf, v)))
    return b"".join(out + packed)


def f32(x):
    """x rounded to the nearest binary32 (ties to even), as a C++ float conversion does."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:  # beyond float32: C++ rounds to infinity
        return math.copysign(math.inf, x)


def weighted_sum(updates, eta, n):
    """acc_i = sum_k w_k d_k,i in double: eight updates at a time in the fixed tree
    ((0+1)+(2+3))+((4+5)+(6+7)), then one at a time; w_k = eta * n_k / N."""
    total = 0.0
    for samples, _ in updates:
        total += float(samples)
    weights = [eta * float(samples) / total for samples, _ in updates]
    deltas = [d for _, d in updates]
    k8 = len(updates) - len(updates) % 8
    out = []
    for i in range(n):
        acc = 0.0
        for k in range(0, k8, 8):
            w, d = weights[k:k + 8], deltas[k:k + 8]
            acc += (((w[0] * d[0][i] + w[1] * d[1][i]) + (w[2] * d[2][i] + w[3] * d[3][i])) +
                    ((w[4] * d[4][i] + w[5] * d[5][i]) + (w[6] * d[6][i] + w[7] * d[7][i])))
        for k in range(k8, len(updates)):
            acc += weights[k] * deltas[k][i]
        out.append(acc)
    return out


def fedavg(global_values, updates, eta):
    """w_i <- float32(g_i + acc_i) (the rounding happens when the weights are encoded)."""
    if not updates:
        return list(global_values)
    acc = weighted_sum(updates, eta, len(global_values))
    return [g + a for g, a in zip(global_values, acc)]


STATE_MAGIC = b"FSS1"


def encode_state(name, vectors):
    name = name.encode("utf-8")
    out = [STATE_MAGIC, struct.pack("<I", len(name)), name, struct.pack("<I", len(vectors))]
    for v in vectors:
        out.append(struct.pack("<Q", len(v)))
        out.append(struct.pack("<%df" % len(v), *v))
    return b"".join(out)


def decode_state(data, name, count, n):
    r = Reader(data)
    if r.take(4, "magic") != STATE_MAGIC:
        raise Malformed("the strategy state does not start with FSS1")
    if r.take(r.u32("name length"), "name") != name.encode("utf-8"):
        raise Malformed("the strategy state belongs to another strategy")
    if r.u32("vector count") != count:
        raise Malformed("the strategy state has the wrong number of vectors")
    vectors = []
    for _ in range(count):
        length = r.u64("vector length")
        if length != n:
            raise Malformed("a strategy state vector does not have the model's size")
        vectors.append(list(struct.unpack("<%df" % length, r.take(4 * length, "values"))))
    if r.pos != len(data):
        raise Malformed("bytes follow the strategy state")
    return vectors


def local_steps(samples, training):
    """What SCAFFOLD divides by: epochs * ceil(n / min(batch, n)), as the trainer steps."""
    if samples <= 0:
        return 0
    batch = min(max(1, int(training.get("batch_size", 32))), samples)
    return max(1, int(training.get("local_epochs", 1))) * ((samples + batch - 1) // batch)


def robust_columns(updates, n):
    for delta in (d for _, d, _ in updates):
        if any(not math.isfinite(x) for x in delta):
            raise Malformed("an update has non-finite values")
    return [[u[1][i] for u in updates] for i in range(n)]


def median(column):
    order = sorted(range(len(column)), key=lambda k: (column[k], k))
    upper = len(column) // 2
    if len(column) % 2:
        return column[order[upper]]
    return (column[order[upper - 1]] + column[order[upper]]) / 2.0


def trimmed_mean(column, trim):
    order = sorted(range(len(column)), key=lambda k: (column[k], k))
    dropped = set(order[:trim]) | set(order[len(column) - trim:])
    total = 0.0
    for k, value in enumerate(column):
        if k not in dropped:
            total += value
    return total / float(len(column) - 2 * trim)


def krum_choice(updates, n, f, m):
    """Positions of the m best Krum scores (ties to the earlier position), ascending."""
    deltas = [d for _, d, _ in updates]
    count = len(deltas)
    distance = [[0.0] * count for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, count):
            lanes = [0.0] * 8
            a, b = deltas[i], deltas[j]
            for c in range(n):
                diff = a[c] - b[c]
                lanes[c % 8] += diff * diff
            d = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + \
                ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
            distance[i][j] = distance[j][i] = d
    neighbours = 0 if count < 2 else min(max(count - f - 2, 1), count - 1)
    scores = []
    for i in range(count):
        row = sorted(distance[i][j] for j in range(count) if j != i)
        total = 0.0
        for value in row[:neighbours]:
            total += value
        scores.append(total)
    order = sorted(range(count), key=lambda k: (scores[k], k))
    return sorted(order[:min(m, count)])


# --- secure aggregation (docs/secure-aggregation.md, docs/ledger-format.md) --------------------

SECAGG_MASK_TAG = b"fedstudio-secagg-mask-v1\x00"
SECAGG_KEYS_TAG = b"fedstudio-secagg-keys-v1\x00"
RING = 1 << 64


def secagg_context(federation_id, rnd):
    fid = federation_id.encode("utf-8")
    return struct.pack("<I", len(fid)) + fid + struct.pack("<Q", rnd)


def secagg_keys_message(federation_id, rnd, p):
    return (SECAGG_KEYS_TAG + secagg_context(federation_id, rnd) + struct.pack("<I", p["client"]) +
            p["encryption_key"] + p["mask_key"])


def secagg_prg(seed, n):
    """AES-256-CTR keyed by the seed, zero IV: n little-endian u64 ring elements."""
    stream = Cipher(algorithms.AES(seed), modes.CTR(bytes(16))).encryptor().update(bytes(8 * n))
    return struct.unpack("<%dQ" % n, stream)


def secagg_sum(federation_id, rnd, sa, masked_inputs):
    """The survivors' masked inputs summed in Z_2^64, with the self masks of the survivors and the
    pairwise masks towards the dropped nodes removed by the revealed secrets."""
    n = len(masked_inputs[0])
    total = [0] * n
    for m in masked_inputs:
        total = [(a + b) % RING for a, b in zip(total, m)]
    survivors = [p for p in sa["participants"] if not p["dropped"]]
    for p in sa["participants"]:
        if not p["dropped"]:
            total = [(a - b) % RING for a, b in zip(total, secagg_prg(p["revealed"], n))]
            continue
        key = X25519PrivateKey.from_private_bytes(p["revealed"])
        if key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw) != p["mask_key"]:
            raise Malformed("the revealed mask key of client %d does not match its advertised key"
                            % p["client"])
        for v in survivors:
            shared = key.exchange(X25519PublicKey.from_public_bytes(v["mask_key"]))
            lo, hi = sorted((v["client"], p["client"]))
            seed = sha256(SECAGG_MASK_TAG + shared + secagg_context(federation_id, rnd) +
                          struct.pack("<II", lo, hi))
            mask = secagg_prg(seed, n)
            # The survivor added +PRG when its id is lower than the dropped node's, -PRG otherwise.
            sign = -1 if v["client"] < p["client"] else 1
            total = [(a + sign * b) % RING for a, b in zip(total, mask)]
    return total


def secagg_mean(total, fractional_bits, weight):
    """sum / (2^f * W) as float32 values: the one update the coordinator aggregated."""
    scale = math.ldexp(1.0, fractional_bits) * float(max(1, weight))
    return [f32(float(t - RING if t >= RING // 2 else t) / scale) for t in total]


def secure_aggregation_on(spec):
    """Whether the genesis spec (parsed) turns on privacy.secure_aggregation."""
    privacy = spec.get("privacy") if isinstance(spec, dict) else None
    sa = privacy.get("secure_aggregation") if isinstance(privacy, dict) else None
    return isinstance(sa, dict) and sa.get("enabled") is True


def central_dp(spec):
    """Whether the genesis spec (parsed) turns on central differential privacy (privacy.dp)."""
    privacy = spec.get("privacy") if isinstance(spec, dict) else None
    dp = privacy.get("dp") if isinstance(privacy, dict) else None
    if not isinstance(dp, dict):
        return False
    return dp.get("enabled") is True and dp.get("mode", "central") == "central"


def replay_strategy(name, params, spec, parent, updates, state):
    """The next model values (doubles, rounded when encoded) and strategy state (bytes or None)
    of a round: docs/ledger-format.md, "Replay"."""
    n = len(parent)
    eta = params["server_learning_rate"]
    weighted = [(samples, delta) for samples, delta, _ in updates]
    if name in ("fedavg", "fedprox"):
        return fedavg(parent, weighted, eta), None
    if not updates:  # nothing to aggregate: the model and the state stay
        return list(parent), state
    if name == "fedavgm":
        v = decode_state(state, name, 1, n)[0] if state else [0.0] * n
        acc = weighted_sum(weighted, 1.0, n)
        v = [f32(params["server_momentum"] * v[i] + acc[i]) for i in range(n)]
        return [parent[i] + eta * v[i] for i in range(n)], encode_state(name, [v])
    if name in ("fedadam", "fedyogi", "fedadagrad"):
        beta1, tau = params["beta1"], params["tau"]
        beta2 = params.get("beta2", 0.0)
        if state:
            m, v = decode_state(state, name, 2, n)
        else:
            m, v = [0.0] * n, [f32(tau * tau)] * n
        acc = weighted_sum(weighted, 1.0, n)
        out = []
        for i in range(n):
            d = acc[i]
            d2 = d * d
            m[i] = f32(beta1 * m[i] + (1.0 - beta1) * d)
            if name == "fedadagrad":
                nv = v[i] + d2
            elif name == "fedyogi":
                diff = v[i] - d2
                sign = 1.0 if diff > 0.0 else (-1.0 if diff < 0.0 else 0.0)
                nv = v[i] - (1.0 - beta2) * d2 * sign
            else:
                nv = beta2 * v[i] + (1.0 - beta2) * d2
            v[i] = f32(nv)
            out.append(parent[i] + eta * m[i] / (math.sqrt(v[i]) + tau))
        return out, encode_state(name, [m, v])
    if name == "scaffold":
        training = spec.get("training", {})
        rate = float(training.get("learning_rate", 0.05))
        share = 1.0 / float(max(1, int(spec.get("clients", 10))))
        c = decode_state(state, name, 1, n)[0] if state else [0.0] * n
        scales = []
        for samples, _, _ in updates:
            steps = local_steps(samples, training)
            if steps <= 0:
                raise Malformed("an update reports no samples")
            scales.append(1.0 / (float(steps) * rate))
        new_c = []
        for i in range(n):
            total = 0.0
            for (_, delta, _), scale in zip(updates, scales):
                total += -c[i] - delta[i] * scale
            new_c.append(f32(c[i] + share * total))
        return fedavg(parent, weighted, eta), encode_state(name, [new_c])
    if name in ("median", "trimmed-mean"):
        columns = robust_columns(updates, n)
        if name == "median":
            robust = [median(col) for col in columns]
        else:
            count = len(updates)
            trim = min(int(math.floor(params["trim_fraction"] * count + 1e-9)), (count - 1) // 2)
            robust = [trimmed_mean(col, trim) for col in columns]
        return [parent[i] + eta * robust[i] for i in range(n)], None
    if name in ("krum", "multi-krum"):
        robust_columns(updates, n)  # the finiteness check
        f = int(params["krum_byzantine"])
        m = 1
        if name == "multi-krum":
            chosen = int(params["multi_krum_m"])
            m = chosen if chosen > 0 else max(1, len(updates) - f)
        picks = krum_choice(updates, n, f, m)
        robust = [0.0] * n
        for k in picks:
            delta = updates[k][1]
            for i in range(n):
                robust[i] += delta[i]
        if len(picks) > 1:
            robust = [x / float(len(picks)) for x in robust]
        return [parent[i] + eta * robust[i] for i in range(n)], None
    raise KeyError(name)


REPLAYED_STRATEGIES = {
    "fedavg": ["server_learning_rate"],
    "fedprox": ["server_learning_rate"],
    "fedavgm": ["server_learning_rate", "server_momentum"],
    "fedadam": ["server_learning_rate", "beta1", "beta2", "tau"],
    "fedyogi": ["server_learning_rate", "beta1", "beta2", "tau"],
    "fedadagrad": ["server_learning_rate", "beta1", "tau"],
    "scaffold": ["server_learning_rate"],
    "median": ["server_learning_rate"],
    "trimmed-mean": ["server_learning_rate", "trim_fraction"],
    "krum": ["server_learning_rate", "krum_byzantine"],
    "multi-krum": ["server_learning_rate", "krum_byzantine", "multi_krum_m"],
}


# --- the chain ---------------------------------------------------------------------------------

class Verifier:
    def __init__(self, db, replay, coordinator_key=None, expect_head=None):
        self.db = db
        self.replay = replay
        self.coordinator_key = coordinator_key
        self.expect_head = expect_head
        self.head_seen = False
        self.verdicts = {}  # height -> {"kind", "round", "problems", "replay"}
        self.replayed = []
        self.not_replayed = []
        self.unknown_strategies = set()

    def problem(self, height, text):
        self.verdicts.setdefault(height, {"kind": None, "round": None, "problems": []})
        self.verdicts[height]["problems"].append(text)

    def blob(self, h):
        """(state, bytes): 'ok', 'missing' or 'corrupt'."""
        row = self.db.execute("SELECT data FROM blobs WHERE hash = ?", (h,)).fetchone()
        if row is None:
            return "missing", None
        data = raw(row[0])
        return ("ok", data) if sha256(data) == h else ("corrupt", None)

    def check_blob(self, height, h, what):
        state, data = self.blob(h)
        if state == "missing":
            self.problem(height, "%s %s is not in the blob table" % (what, h.hex()))
        elif state == "corrupt":
            self.problem(height, "%s blob %s is corrupt" % (what, h.hex()))
        return data

    def run(self):
        rows = self.db.execute(
            "SELECT height, hash, model_hash, data, signature FROM ledger_blocks ORDER BY height")
        expected = 0
        prev_hash = None
        prev_model = None
        prev_model_bytes = None
        prev_state = None
        genesis = None
        for height, hash_column, model_column, data, signature in rows:
            data = raw(data)
            if height > expected:
                self.problem(expected, "blocks %d to %d are missing" % (expected, height - 1))
                prev_hash = prev_model = prev_model_bytes = None
            expected = height + 1
            self.verdicts.setdefault(height, {"kind": None, "round": None, "problems": []})
            digest = sha256(data)
            if digest == self.expect_head:
                self.head_seen = True
            try:
                b = decode_block(data)
            except Malformed as e:
                self.problem(height, "it cannot be decoded: %s" % e)
                prev_hash, prev_model, prev_model_bytes = digest, None, None
                continue
            v = self.verdicts[height]
            v["kind"] = "genesis" if b["kind"] == 0 else "round"
            if b["height"] != height:
                self.problem(height, "it records height %d but is stored at height %d"
                             % (b["height"], height))
            if height == 0:
                if b["kind"] != 0:
                    self.problem(height, "the first block is not a genesis block")
                if b["previous"] != ZERO:
                    self.problem(height, "the genesis block's previous hash is not all zero")
            else:
                if b["kind"] == 0:
                    self.problem(height, "it is a second genesis block")
                if prev_hash is None:
                    self.problem(height, "its predecessor is missing")
                elif b["previous"] != prev_hash:
                    self.problem(height, "its previous-block hash is not the hash of block %d"
                                 % (height - 1))
            # The signature and hash verdicts are listed before the content checks, whose
            # failures are often only symptoms of the same changed bytes.
            chain_end = len(v["problems"])
            if b["kind"] == 0 and genesis is None:
                genesis = self.check_genesis(height, b)
                prev_model = b["initial_model"]
                if self.replay:
                    prev_model_bytes = self.blob(prev_model)[1]
                if raw(model_column) != b["initial_model"]:
                    self.problem(height, "its model_hash column is not its initial model")
            elif b["kind"] == 1:
                v["round"] = b["round"]
                if genesis is None or genesis["coordinator"] is None:
                    self.problem(height, "it cannot be checked: no valid genesis block")
                else:
                    model_bytes = self.check_round(height, b, genesis, prev_model,
                                                   prev_model_bytes, prev_state)
                    if prev_model is None:
                        self.problem(height, "its parent model cannot be checked")
                    if raw(model_column) != b["model"]:
                        self.problem(height, "its model_hash column is not its model")
                    prev_model_bytes = model_bytes
                prev_model = b["model"]
                prev_state = b["strategy_state"]
            sealed = []
            if genesis is not None and genesis["coordinator"] is not None:
                if not verifies(genesis["coordinator"], BLOCK_TAG + digest, raw(signature)):
                    sealed.append("the coordinator's signature does not verify")
            if raw(hash_column) != digest:
                sealed.append("its bytes do not hash to its hash column")
            v["problems"][chain_end:chain_end] = sealed
            prev_hash = digest
        if not self.verdicts:
            self.problem(0, "the ledger is empty: it has no genesis block")
        if self.expect_head is not None and not self.head_seen and self.verdicts:
            self.problem(max(self.verdicts), "the chain does not contain the expected head")
        row = self.db.execute("SELECT min(round) FROM (SELECT round FROM rounds UNION ALL "
                              "SELECT round FROM client_rounds) WHERE round >= ?",
                              (expected,)).fetchone()
        if row and row[0] is not None:
            self.problem(row[0], "the rounds table records round %d, but the ledger has no "
                                 "block for it" % row[0])

    def check_genesis(self, height, b):
        g = {"federation_id": b["federation_id"], "coordinator": b["coordinator_key"],
             "members": {}, "store_updates": False, "spec": {}, "scores_contributions": False,
             "reward_pool": 100.0, "reward_energy_weight": 0.0, "balances": {}}
        if not b["federation_id"]:
            self.problem(height, "its federation id is empty")
        if self.coordinator_key is not None and b["coordinator_key"] != self.coordinator_key:
            self.problem(height, "its coordinator key is not the trusted key")
        if sha256(b["spec"]) != b["spec_hash"]:
            self.problem(height, "its spec does not hash to its spec hash")
        try:
            spec = json.loads(b["spec"].decode("utf-8"))
            if not isinstance(spec, dict):
                raise ValueError
            ledger = spec.get("ledger", {})
            g["store_updates"] = isinstance(ledger, dict) and ledger.get("store_updates") is True
            g["spec"] = spec
            contribution = spec.get("contribution", {})
            if isinstance(contribution, dict):
                reward = contribution.get("reward", {})
                reward = reward if isinstance(reward, dict) else {}
                g["scores_contributions"] = contribution.get("enabled") is True
                g["reward_pool"] = float(reward.get("pool", 100.0))
                g["reward_energy_weight"] = float(reward.get("energy_weight", 0.0))
        except ValueError:
            self.problem(height, "its spec is not a JSON object")
        previous = None
        for index, (client, key) in enumerate(b["members"]):
            if previous is not None and client <= previous:
                self.problem(height, "its member list is not in ascending client order")
                break
            previous = client
            node = sha256(key)
            if node in g["members"]:
                self.problem(height, "client %d has the same key as another member" % client)
            g["members"][node] = (client, index, key)
        self.check_blob(height, b["initial_model"], "its initial model")
        meta = {raw(k): raw(v) for k, v in self.db.execute("SELECT key, value FROM meta")}
        if meta.get(b"spec") != b["spec"]:
            self.problem(height, "the run file's spec differs from the genesis spec")
        if meta.get(b"federation_id") != b["federation_id"].encode("utf-8"):
            self.problem(height, "the run file's federation id differs from the genesis block's")
        owners = {"coordinator": b["coordinator_key"]}
        for client, key in b["members"]:
            owners["client:%d" % client] = key
        if self.db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'keys'").fetchone():
            for owner, public, private in self.db.execute(
                    "SELECT owner, public_key, private_key FROM keys"):
                owner = raw(owner).decode("utf-8", "replace")
                if owner not in owners:
                    self.problem(height, "the keys table holds a key for %s, who is not in the "
                                         "genesis block" % owner)
                    continue
                if raw(public) != owners[owner]:
                    self.problem(height, "the keys table holds another public key for %s" % owner)
                try:
                    derived = Ed25519PrivateKey.from_private_bytes(raw(private)).public_key()
                    derived_key = derived.public_bytes(serialization.Encoding.Raw,
                                                       serialization.PublicFormat.Raw)
                except ValueError:
                    derived_key = None
                if derived_key != owners[owner]:
                    self.problem(height, "the private key of %s does not belong to its genesis "
                                         "public key" % owner)
        return g

    def check_round(self, height, b, g, parent_model, parent_bytes, previous_state):
        members = g["members"]
        if b["round"] != height:
            self.problem(height, "it records round %d at height %d" % (b["round"], height))
        # With no usable block before it, the caller says that the parent cannot be checked.
        if parent_model is not None and b["parent_model"] != parent_model:
            self.problem(height, "its parent model is not the model of the block before it")
        selected = set()
        last = -1
        for node in b["selected"]:
            if node not in members:
                self.problem(height, "selected node %s is not a member" % short(node))
                continue
            if members[node][1] <= last:
                self.problem(height, "selected nodes are not in ascending client order")
            last = members[node][1]
            selected.add(node)
        accounted = set()
        last = -1
        all_stored = True
        # A stored update that is corrupt, or missing although the spec stores updates: the
        # round's replay failed, it was not merely skipped.
        unreadable = False
        update_bytes = []
        for u in b["updates"]:
            if u["node"] not in members:
                self.problem(height, "an update comes from %s, not a member" % short(u["node"]))
                all_stored = False
                continue
            client, index, key = members[u["node"]]
            if u["node"] not in selected:
                self.problem(height, "the update of client %d was not selected" % client)
            if index <= last:
                self.problem(height, "updates are not in ascending client order")
            last = index
            if u["node"] in accounted:
                self.problem(height, "client %d has more than one update" % client)
            accounted.add(u["node"])
            if u["samples"] == 0:
                self.problem(height, "the update of client %d reports 0 samples" % client)
            message = update_message(g["federation_id"], b["round"], b["parent_model"], u["hash"],
                                     u["samples"])
            if not verifies(key, message, u["signature"]):
                self.problem(height, "the signature of client %d over its update does not "
                                     "verify" % client)
            state, data = self.blob(u["hash"])
            if state != "ok":
                all_stored = False
            if state == "missing" and g["store_updates"]:
                unreadable = True
                self.problem(height, "the update of client %d is not stored although the spec "
                                     "stores updates" % client)
            elif state == "corrupt":
                unreadable = True
                self.problem(height, "the update blob of client %d is corrupt" % client)
            update_bytes.append((client, u["samples"], data))
        if merkle_root([u["raw"] for u in b["updates"]]) != b["merkle_root"]:
            self.problem(height, "its Merkle root does not match its updates")
        last = -1
        for i in b["incidents"]:
            if i["node"] not in members:
                self.problem(height, "an incident names %s, not a member" % short(i["node"]))
                continue
            client, index, _ = members[i["node"]]
            if i["node"] not in selected:
                self.problem(height, "an incident names client %d, which was not selected"
                             % client)
            if index <= last:
                self.problem(height, "incidents are not in ascending client order")
            last = index
            if i["node"] in accounted:
                self.problem(height, "client %d has both an update and an incident, or two"
                             % client)
            accounted.add(i["node"])
        for node in selected - accounted:
            self.problem(height, "selected client %d has neither an update nor an incident"
                         % members[node][0])
        if b.get("secure_aggregation"):
            self.check_secure_aggregation(height, b, g)
        if b["version"] >= 2:
            secure = secure_aggregation_on(g["spec"])
            if secure and b["updates"] and not b.get("secure_aggregation"):
                self.problem(height, "the spec turns on secure aggregation, but the round's "
                                     "updates were not securely aggregated")
            if not secure and b.get("secure_aggregation"):
                self.problem(height, "the round records secure aggregation, which the spec does "
                                     "not turn on")
        model_bytes = self.check_blob(height, b["model"], "its model")
        if b["strategy_state"] is not None:
            self.check_blob(height, b["strategy_state"], "its strategy state")
        self.check_run_tables(height, b, members)
        indexed = {raw(r[0]) for r in self.db.execute(
            "SELECT node_id FROM ledger_contributions WHERE height = ?", (height,))}
        if indexed != {u["node"] for u in b["updates"]}:
            self.problem(height, "the ledger_contributions index disagrees with the block")
        self.check_contributions(height, b, g)
        # The update-hash search index (run files made before it have none).
        if self.db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'ledger_update_hashes'"
                           ).fetchone():
            indexed = {raw(r[0]) for r in self.db.execute(
                "SELECT update_hash FROM ledger_update_hashes WHERE height = ?", (height,))}
            named = {u["hash"] for u in b["updates"]}
            named |= {i["hash"] for i in b["incidents"] if i["hash"] is not None}
            if indexed != named:
                self.problem(height, "the ledger_update_hashes index disagrees with the block")
        if self.replay:
            self.replay_round(height, b, g, parent_bytes, update_bytes, all_stored,
                              previous_state, unreadable)
        return model_bytes

    def check_run_tables(self, height, b, members):
        """The run's derived tables (rounds, client_rounds) must say what the signed block says:
        the charts, the per-client table and CSV exports read them."""
        rnd = b["round"]
        row = self.db.execute("SELECT model_hash, selected, accepted, evaluated, accuracy, loss, "
                              "train_loss, strategy_state_hash FROM rounds WHERE round = ?",
                              (rnd,)).fetchone()
        if row is None:
            self.problem(height, "the rounds table has no row for round %d" % rnd)
        else:
            def differs(column, table, block):
                self.problem(height, "the rounds table's %s for round %d is %s, but the block "
                                     "records %s" % (column, rnd, table, block))
            if raw(row[0]) != b["model"]:
                self.problem(height, "the rounds table records another model for this round")
            if row[1] != len(b["selected"]):
                differs("selected", row[1], len(b["selected"]))
            if row[2] != len(b["updates"]):
                differs("accepted", row[2], len(b["updates"]))
            state = None if row[7] is None else raw(row[7])
            if state != b["strategy_state"]:
                differs("strategy_state_hash", state and short(state),
                        b["strategy_state"] and short(b["strategy_state"]))
            evaluation = dict(b["evaluation"])
            if bool(row[3]) != ("accuracy" in evaluation):
                differs("evaluated", row[3], "an evaluation" if "accuracy" in evaluation
                        else "none")
            for column, name in ((4, "accuracy"), (5, "loss"), (6, "train_loss")):
                if name not in evaluation or (column < 6 and not row[3]):
                    continue
                table = float("nan") if row[column] is None else row[column]
                block = evaluation[name]
                if not (table == block or (math.isnan(table) and math.isnan(block))):
                    differs(name, repr(table), repr(block))
        expected = {}
        for u in b["updates"]:
            if u["node"] in members:
                expected[members[u["node"]][0]] = ("accepted", u["hash"], u["samples"], "")
        for i in b["incidents"]:
            if i["node"] in members:
                expected[members[i["node"]][0]] = ("dropped" if i["kind"] == 2 else "rejected",
                                                   i["hash"], None, i["reason"])
        seen = set()
        for client, status, detail, samples, update_hash in self.db.execute(
                "SELECT client, status, detail, samples, update_hash FROM client_rounds "
                "WHERE round = ? ORDER BY client", (rnd,)):
            seen.add(client)
            # The connection reads text as bytes (a hostile file may hold any bytes).
            status = raw(status).decode("utf-8", "replace")
            detail = raw(detail).decode("utf-8", "replace")
            if client not in expected:
                self.problem(height, "the client_rounds table has a row for client %s in round "
                                     "%d, which the block does not record" % (client, rnd))
                continue
            want_status, want_hash, want_samples, want_detail = expected[client]

            def differs(column, table, block):
                self.problem(height, "the client_rounds row of client %s in round %d has %s %s, "
                                     "but the block records %s" % (client, rnd, column, table,
                                                                   block))
            if status != want_status:
                differs("status", status, want_status)
            elif want_status != "accepted" and detail != want_detail:
                differs("detail", repr(detail), repr(want_detail))
            if want_samples is not None and samples != want_samples:
                differs("samples", samples, want_samples)
            have_hash = None if update_hash is None else raw(update_hash)
            if have_hash != want_hash:
                differs("update_hash", have_hash and short(have_hash),
                        want_hash and short(want_hash))
        for client in sorted(set(expected) - seen):
            self.problem(height, "the client_rounds table has no row for client %d in round %d "
                                 "(the block records it as %s)" % (client, rnd,
                                                                   expected[client][0]))

    def check_secure_aggregation(self, height, b, g):
        sa = b["secure_aggregation"]
        by_client = {m[0]: (node, m[2]) for node, m in g["members"].items()}
        survivors, dropped, last = [], [], -1
        for p in sa["participants"]:
            if p["client"] not in by_client:
                self.problem(height, "secure aggregation lists client %d, not a member"
                             % p["client"])
                continue
            if p["client"] <= last:
                self.problem(height, "secure aggregation participants are not in ascending order")
            last = p["client"]
            node, key = by_client[p["client"]]
            if not verifies(key, secagg_keys_message(g["federation_id"], b["round"], p),
                            p["key_signature"]):
                self.problem(height, "the signature of client %d over its secure-aggregation keys "
                                     "does not verify" % p["client"])
            (dropped if p["dropped"] else survivors).append(node)
        if survivors != [u["node"] for u in b["updates"]]:
            self.problem(height, "the secure-aggregation survivors are not the nodes with updates")
        incident_nodes = {i["node"] for i in b["incidents"]}
        for node in dropped:
            if node not in incident_nodes:
                self.problem(height, "node %s dropped out of secure aggregation but has no "
                                     "incident" % short(node))
        if sa["total_weight"] != sum(u["samples"] for u in b["updates"]):
            self.problem(height, "the secure-aggregation total weight is not the updates' samples")
        if sa["threshold"] < 2 or len(survivors) < sa["threshold"]:
            self.problem(height, "secure aggregation cannot have completed with %d survivors "
                                 "and threshold %d" % (len(survivors), sa["threshold"]))
    def check_contributions(self, height, b, g):
        """Recomputes every reward from the recorded scores and every balance from the node's
        previous balance (carried forward as previous balance + recorded reward, so that a forged
        balance or score is named in its own block alone)."""
        c = b["contributions"]
        if c is None:
            if b["version"] >= 2 and g["scores_contributions"] and b["updates"]:
                self.problem(height, "the spec scores contributions, but the block records none")
            return
        if not g["scores_contributions"]:
            self.problem(height, "it records contribution scores, but the genesis spec does not "
                                 "enable them")
        if c["rule"] != "proportional":
            self.problem(height, "its reward rule %r is unknown" % c["rule"])
            return
        params = dict(c["parameters"])
        if set(params) != {"energy_weight", "pool"}:
            self.problem(height, "its reward rule parameters are not exactly energy_weight and "
                                 "pool")
            return
        if params["pool"] != g["reward_pool"] or \
                params["energy_weight"] != g["reward_energy_weight"]:
            self.problem(height, "its reward rule parameters differ from the genesis spec's")
        members = g["members"]
        updates = {u["node"]: u for u in b["updates"]}
        scores, joules, seen, last = [], [], set(), -1
        for e in c["entries"]:
            if e["node"] not in members or e["node"] not in updates:
                self.problem(height, "the contribution of node %s does not belong to an accepted "
                                     "update" % short(e["node"]))
                return
            client, index, _ = members[e["node"]]
            if index <= last or e["node"] in seen:
                self.problem(height, "contributions are not in ascending client order, or list "
                                     "client %d twice" % client)
                return
            last = index
            seen.add(e["node"])
            energy = dict(updates[e["node"]]["energy"])
            scores.append(e["score"])
            joules.append(energy.get("computation_j", 0.0) + energy.get("communication_j", 0.0)
                          + energy.get("idle_j", 0.0))
        if len(seen) != len(updates):
            self.problem(height, "contributions list %d nodes, the block has %d accepted updates"
                         % (len(seen), len(updates)))
            return
        rewards = proportional_rewards(scores, joules, params["pool"], params["energy_weight"])
        for e, reward in zip(c["entries"], rewards):
            client = members[e["node"]][0]
            if not math.isfinite(e["score"]):
                self.problem(height, "the contribution score of client %d is not finite" % client)
            if not same_amount(e["reward"], reward):
                self.problem(height, "the reward of client %d is %r, but the rule gives %r"
                             % (client, e["reward"], reward))
            previous = g["balances"].get(e["node"], 0.0)
            expected = previous + reward
            if not same_amount(e["balance"], expected):
                self.problem(height, "the balance of client %d is %r, but its previous balance %r "
                                     "plus its reward %r is %r"
                             % (client, e["balance"], previous, reward, expected))
            g["balances"][e["node"]] = previous + e["reward"]

    def replay_round(self, height, b, g, parent_bytes, update_bytes, all_stored,
                     previous_state, unreadable=False):
        v = self.verdicts[height]
        if unreadable:
            v["replay"] = "failed"
            return
        if not all_stored:
            v["replay"] = "updates not stored"
            self.not_replayed.append(b["round"])
            return
        if central_dp(g["spec"]):
            # The noise comes from the run's secret noise key and the project's own generator,
            # which this verifier does not reimplement (docs/ledger-format.md, "privacy").
            v["replay"] = "not replayed: central differential privacy noise"
            self.not_replayed.append(b["round"])
            return
        params = dict(b["strategy_parameters"])
        needed = REPLAYED_STRATEGIES.get(b["strategy"])
        if needed is None or any(p not in params for p in needed):
            v["replay"] = "not replayed: strategy %s" % b["strategy"]
            self.not_replayed.append(b["round"])
            self.unknown_strategies.add(b["strategy"])
            return
        if parent_bytes is None:
            self.problem(height, "replay: the parent model cannot be read")
            v["replay"] = "failed"
            return
        try:
            layout, parent = decode_weights(parent_bytes)
            updates = []
            sa = b.get("secure_aggregation")
            if sa:
                # The stored updates are masked: remove the masks, check the recorded sum, and
                # aggregate the one mean update the coordinator aggregated.
                masked = []
                for client, samples, data in update_bytes:
                    if len(data) != 8 * len(parent):
                        raise Malformed("the masked update of client %d does not fit the model"
                                        % client)
                    masked.append(struct.unpack("<%dQ" % len(parent), data))
                total = secagg_sum(g["federation_id"], b["round"], sa, masked)
                if sha256(struct.pack("<%dQ" % len(total), *total)) != sa["sum_hash"]:
                    raise Malformed("removing the masks from the stored masked updates does not "
                                    "give the recorded sum")
                updates.append((sa["total_weight"],
                                secagg_mean(total, sa["fractional_bits"], sa["total_weight"]),
                                update_bytes[0][0]))
                update_bytes = []
            for client, samples, data in update_bytes:
                update_layout, delta = decode_weights(data)
                if update_layout != layout:
                    raise Malformed("an update does not have the model's layout")
                updates.append((samples, delta, client))
            state = None
            if previous_state is not None:
                found, state = self.blob(previous_state)
                if found != "ok":
                    raise Malformed("the previous round's strategy state cannot be read")
            values, new_state = replay_strategy(b["strategy"], params, g["spec"], parent,
                                                updates, state)
        except (Malformed, struct.error, ValueError, TypeError) as e:
            self.problem(height, "replay: %s" % e)
            v["replay"] = "failed"
            return
        replayed = sha256(encode_weights(layout, values))
        state_hash = sha256(new_state) if new_state else None
        if replayed != b["model"]:
            self.problem(height, "replay: aggregating the stored updates gives model %s, the "
                                 "block records %s" % (replayed.hex(), b["model"].hex()))
            v["replay"] = "failed"
        elif state_hash != b["strategy_state"]:
            self.problem(height, "replay: aggregating the stored updates gives strategy state "
                                 "%s, the block records %s"
                         % (state_hash.hex() if state_hash else "none",
                            b["strategy_state"].hex() if b["strategy_state"] else "none"))
            v["replay"] = "failed"
        else:
            v["replay"] = "reproduced"
            self.replayed.append(b["round"])


def open_run(path):
    if not os.path.isfile(path):
        raise OSError("%s does not exist or is not a file" % path)
    uri = pathlib.Path(path).absolute().as_uri()
    try:
        db = sqlite3.connect(uri + "?mode=ro", uri=True)
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.OperationalError:
        # A WAL-mode copy in a directory we cannot write: nobody can be writing it, so it can
        # be read as it is.
        try:
            db = sqlite3.connect(uri + "?immutable=1", uri=True)
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.Error as e:
            raise OSError("%s cannot be read as a run file (%s)" % (path, e))
    except sqlite3.Error as e:
        raise OSError("%s cannot be read as a run file (%s)" % (path, e))
    if app_id & 0xFFFFFFFF != APPLICATION_ID:
        raise OSError("%s is not a Federation Studio run file" % path)
    # A hostile file may hold text where blobs belong (or invalid UTF-8 in text): read every
    # value as bytes and decide ourselves.
    db.text_factory = bytes
    # One read transaction for the whole verification: a run still appending blocks on its
    # own connection cannot show us a half-written state (the C++ verifier does the same).
    db.isolation_level = None
    db.execute("BEGIN")
    return db


def main():
    parser = argparse.ArgumentParser(description="Verify the audit ledger of a run file.")
    parser.add_argument("run")
    parser.add_argument("--replay", action="store_true",
                        help="recompute every round's aggregation from stored updates")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--coordinator-key", metavar="HEX",
                        help="trust only this coordinator public key (64 hex digits)")
    parser.add_argument("--expect-head", metavar="HASH",
                        help="the chain must contain this block hash (64 hex digits)")
    args = parser.parse_args()
    pins = []
    for name in ("coordinator_key", "expect_head"):
        value = getattr(args, name)
        try:
            pins.append(bytes.fromhex(value) if value is not None else None)
        except ValueError:
            pins.append(b"")
        if pins[-1] is not None and len(pins[-1]) != 32:
            sys.stderr.write("verify_ledger.py: --%s must be 64 hex digits\n"
                             % name.replace("_", "-"))
            return 2
    try:
        db = open_run(args.run)
    except OSError as e:
        sys.stderr.write("verify_ledger.py: %s\n" % e)
        return 2
    if not db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'ledger_blocks'").fetchone():
        message = "%s has no audit ledger" % args.run
        if args.json:
            print(json.dumps({"run": args.run, "valid": False, "first_bad_height": None,
                              "problems": [message], "blocks": []}, indent=2))
        else:
            print(message)
        return 1
    verifier = Verifier(db, args.replay, *pins)
    try:
        verifier.run()
    except (sqlite3.Error, TypeError, ValueError) as e:
        sys.stderr.write("verify_ledger.py: %s cannot be read: %s\n" % (args.run, e))
        return 2
    bad = sorted(h for h, v in verifier.verdicts.items() if v["problems"])
    blocks = [dict(height=h, **verifier.verdicts[h]) for h in sorted(verifier.verdicts)]
    if args.json:
        print(json.dumps({"run": args.run, "valid": not bad,
                          "first_bad_height": bad[0] if bad else None,
                          "blocks": blocks, "rounds_replayed": verifier.replayed,
                          "rounds_not_replayed": verifier.not_replayed}, indent=2))
    elif not bad:
        print("%s: ledger valid: %d blocks" % (args.run, len(blocks)))
        if args.replay:
            dp = sum(1 for v in verifier.verdicts.values()
                     if str(v.get("replay", "")).startswith("not replayed: central differential"))
            print("replay: %d rounds reproduced, %d not replayed (updates not stored)"
                  % (len(verifier.replayed),
                     len(verifier.not_replayed) - dp - sum(
                         1 for v in verifier.verdicts.values()
                         if str(v.get("replay", "")).startswith("not replayed: strategy"))))
            for name in sorted(verifier.unknown_strategies):
                print("not replayed: strategy %s (this script does not know it)" % name)
            if dp:
                print("not replayed: %d rounds with central differential privacy (their noise "
                      "is drawn from the run's secret key; fedctl ledger verify --replay "
                      "replays them)" % dp)
    else:
        first = verifier.verdicts[bad[0]]
        print("%s: ledger INVALID" % args.run)
        print("first bad block: block %d: %s" % (bad[0], "; ".join(first["problems"])))
        for h in bad[1:]:
            print("  block %d: %s" % (h, "; ".join(verifier.verdicts[h]["problems"])))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

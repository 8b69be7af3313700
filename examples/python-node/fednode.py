#!/usr/bin/env python3
"""A Federation Studio node in Python (docs/nodes.md, docs/protocol.md).

Joins a networked federation with a node kit from `fedctl provision`, over gRPC with mutual
TLS, and trains a softmax (logistic) regression in numpy on its own data. It is built only on
engine/net/proto/federation.proto and the public formats (the FSW1 weight bytes and the
ledger's update message in docs/ledger-format.md), to show that a participant can bring its
own language and training code. It takes part in secure aggregation (secagg.py, next to this
file; docs/secure-aggregation.md) and in local differential privacy.

Needs Debian's python3-grpcio, python3-numpy, python3-cryptography, and stubs generated with
python3-grpc-tools (see README.md):
    python3 -m grpc_tools.protoc -I engine/net/proto --python_out=DIR --grpc_python_out=DIR \
        engine/net/proto/federation.proto
"""

import argparse
import hashlib
import io
import json
import math
import os
import random
import secrets
import signal
import stat
import struct
import sys
import tarfile
import threading
import time

KIT_FORMAT = 1
SOFTWARE = "fedstudio-python-node/1"
UPDATE_TAG = b"fedstudio-ledger-update-v1\x00"
KIT_FILES = ("kit.json", "ca.pem", "node.pem", "node.key", "signing.key", "spec.fed.json")
PRIVATE = ("node.key", "signing.key")


class KitError(Exception):
    pass


def log(message):
    print(f"{time.strftime('%H:%M:%S')} python-node: {message}", flush=True)


# ---- the kit ----------------------------------------------------------------------------------


def load_kit(path):
    """Reads a kit folder or .tar.gz, with the checks fednode makes (private key modes, node id
    = SHA-256 of the raw Ed25519 public key, spec hash)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    files, modes = {}, {}
    if os.path.isdir(path):
        for name in KIT_FILES:
            full = os.path.join(path, name)
            if not os.path.exists(full):
                raise KitError(f"{full}: missing")
            modes[name] = stat.S_IMODE(os.stat(full).st_mode)
            with open(full, "rb") as f:
                files[name] = f.read()
        where = lambda name: os.path.join(path, name)
    elif os.path.isfile(path):
        if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
            raise KitError(f"{path}: permissions are too open for an archive holding private "
                           "keys; make it 0600 (chmod 600)")
        try:
            with tarfile.open(path, "r:gz") as tar:
                for member in tar.getmembers():
                    base = member.name.split("/", 1)[-1]
                    if member.isfile() and base in KIT_FILES:
                        files[base] = tar.extractfile(member).read()
                        modes[base] = member.mode & 0o777
        except (tarfile.TarError, OSError, EOFError) as e:
            raise KitError(f"{path}: not a readable kit archive ({e})")
        where = lambda name: f"{path}:{name}"
        for name in KIT_FILES:
            if name not in files:
                raise KitError(f"{where(name)}: missing")
    else:
        raise KitError(f"{path}: no such kit folder or archive")

    for name in PRIVATE:
        if modes[name] & 0o077:
            raise KitError(f"{where(name)}: permissions {modes[name]:04o} are too open for a "
                           "private key; make it 0600 (chmod 600)")
    try:
        meta = json.loads(files["kit.json"])
    except ValueError as e:
        raise KitError(f"{where('kit.json')}: not JSON ({e})")
    if meta.get("format") != KIT_FORMAT:
        raise KitError(f"{where('kit.json')}: unsupported format {meta.get('format')}")
    for key in ("federation_id", "node_id", "coordinator_address", "spec_sha256"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise KitError(f"{where('kit.json')}: '{key}' is missing")
    try:
        signing = serialization.load_pem_private_key(files["signing.key"], password=None)
    except ValueError as e:
        raise KitError(f"{where('signing.key')}: not a PEM private key ({e})")
    if not isinstance(signing, Ed25519PrivateKey):
        raise KitError(f"{where('signing.key')}: not an Ed25519 key")
    public = signing.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    if hashlib.sha256(public).hexdigest() != meta["node_id"]:
        raise KitError(f"{where('signing.key')}: its node id differs from kit.json's")
    if hashlib.sha256(files["spec.fed.json"]).hexdigest() != meta["spec_sha256"]:
        raise KitError(f"{where('spec.fed.json')}: does not match the spec_sha256 in kit.json")
    return {"meta": meta, "ca": files["ca.pem"], "cert": files["node.pem"],
            "key": files["node.key"], "signing": signing, "public": public,
            "spec": json.loads(files["spec.fed.json"]),
            "members": kit_members(meta, where("kit.json"), public)}


def kit_members(meta, where, public):
    """kit.json's `members` as {node index: raw Ed25519 key}; {} for a kit provisioned before
    kits listed members. Each entry is a node index and a 32-byte key, no index twice, and this
    node must be listed with its own key."""
    if "members" not in meta:
        return {}
    if not isinstance(meta["members"], list):
        raise KitError(f"{where}: 'members' is not a list")
    out = {}
    for i, m in enumerate(meta["members"]):
        try:
            index, key = m["index"], bytes.fromhex(m["public_key"])
            ok = isinstance(index, int) and index >= 0 and len(key) == 32
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise KitError(f"{where}: members[{i}]: malformed entry (a node index and a "
                           "64-hex-digit Ed25519 public_key)")
        if index in out:
            raise KitError(f"{where}: members[{i}]: node index {index} is listed twice")
        out[index] = key
    own = meta.get("node_index")
    if out.get(own) != public:
        raise KitError(f"{where}: 'members' does not list this node (index {own}) with its own "
                       "signing key")
    return out


# ---- FSW1 weight bytes (docs/ledger-format.md) -------------------------------------------------


def encode_weights(layout, arrays):
    out = io.BytesIO()
    out.write(b"FSW1")
    out.write(struct.pack("<I", len(layout)))
    for name, shape in layout:
        raw = name.encode("utf-8")
        out.write(struct.pack("<H", len(raw)) + raw + struct.pack("<B", len(shape)))
        out.write(struct.pack(f"<{len(shape)}q", *shape))
    values = [a.astype("<f4").ravel() for a in arrays]
    out.write(struct.pack("<Q", sum(v.size for v in values)))
    for v in values:
        out.write(v.tobytes())
    return out.getvalue()


def decode_weights(data, layout):
    import numpy as np

    if data[:4] != b"FSW1":
        raise ValueError("not FSW1 weight bytes")
    pos = 4
    (count,) = struct.unpack_from("<I", data, pos)
    pos += 4
    shapes = []
    for _ in range(count):
        (n,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2:pos + 2 + n].decode("utf-8")
        pos += 2 + n
        (rank,) = struct.unpack_from("<B", data, pos)
        shape = struct.unpack_from(f"<{rank}q", data, pos + 1)
        pos += 1 + 8 * rank
        shapes.append((name, tuple(shape)))
    if [(n, tuple(s)) for n, s in layout] != shapes:
        raise ValueError("the model's tensors differ from the layout agreed at join")
    (total,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    values = np.frombuffer(data, dtype="<f4", count=total, offset=pos).astype(np.float64)
    arrays, at = [], 0
    for _, shape in shapes:
        size = int(np.prod(shape)) if shape else 1
        arrays.append(values[at:at + size].reshape(shape))
        at += size
    return arrays


def update_message(federation_id, round_, parent_hex, update_hex, samples):
    fid = federation_id.encode("utf-8")
    return (UPDATE_TAG + struct.pack("<I", len(fid)) + fid + struct.pack("<Q", round_) +
            bytes.fromhex(parent_hex) + bytes.fromhex(update_hex) + struct.pack("<Q", samples))


# ---- data and training -------------------------------------------------------------------------


def own_data(path, features, classes, seed):
    """A CSV (label, then the features) or, without one, this node's own synthetic blobs."""
    import numpy as np

    if path:
        table = np.loadtxt(path, delimiter=",", ndmin=2)
        y, x = table[:, 0].astype(int), table[:, 1:]
        if x.shape[1] != features:
            raise ValueError(f"{path}: {x.shape[1]} features, the model takes {features}")
        if y.min() < 0 or y.max() >= classes:
            raise ValueError(f"{path}: labels must be in 0..{classes - 1}")
        return x, y
    rng = np.random.default_rng(seed)
    centres = rng.normal(0.0, 1.0, size=(classes, features))
    y = rng.integers(0, classes, size=400)
    x = centres[y] + rng.normal(0.0, 0.8, size=(400, features))
    return x, y


def train(weight, bias, x, y, config, seed):
    """Softmax regression by minibatch SGD from the global model; returns the trained weights,
    the last epoch's mean loss and accuracy."""
    import numpy as np

    w, b = weight.copy(), bias.copy()
    rng = np.random.default_rng(seed)
    lr, batch = config.learning_rate, max(1, min(config.batch_size, len(y)))
    loss = accuracy = 0.0
    for _ in range(max(1, config.local_epochs)):
        order = rng.permutation(len(y))
        losses, correct = [], 0
        for start in range(0, len(y), batch):
            idx = order[start:start + batch]
            logits = x[idx] @ w.T + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            losses.append(-np.log(p[np.arange(len(idx)), y[idx]] + 1e-12).mean())
            correct += int((p.argmax(axis=1) == y[idx]).sum())
            p[np.arange(len(idx)), y[idx]] -= 1.0
            grad_w = p.T @ x[idx] / len(idx) + config.weight_decay * w
            w -= lr * grad_w
            b -= lr * p.mean(axis=0)
        loss, accuracy = float(np.mean(losses)), correct / len(y)
    return w, b, loss, accuracy


# ---- local differential privacy (docs/privacy.md, docs/protocol.md) -----------------------------


def local_dp_settings(config):
    """The round's local-DP settings from RoundConfig.extra: (clip norm C, noise multiplier z),
    or None when the round has none. A missing multiplier is 0, as in fednode."""
    clip = noise = None
    for e in config.extra:
        if e.name == "dp_local_clip_norm":
            clip = e.value
        elif e.name == "dp_local_noise_multiplier":
            noise = e.value
    if clip is None:
        return None
    return clip, 0.0 if noise is None else noise


def local_dp_problem(clip_norm, noise_multiplier):
    """Why these settings cannot privatise an update, or None (fednode's own check)."""
    if not math.isfinite(clip_norm) or clip_norm <= 0.0 or \
            not math.isfinite(noise_multiplier) or noise_multiplier < 0.0:
        return (f"the coordinator's local DP settings are invalid (clip norm {clip_norm}, noise "
                f"multiplier {noise_multiplier})")
    return None


def fresh_noise_generator():
    """numpy's PCG64 seeded with 128 bits from the system's CSPRNG (`secrets`, i.e.
    os.urandom): a new key every round, never stored or sent, so the coordinator cannot
    recompute (or subtract) the noise. fednode does the same with OpenSSL's generator."""
    import numpy as np

    return np.random.Generator(np.random.PCG64(secrets.randbits(128)))


def privatize_locally(arrays, clip_norm, noise_multiplier, rng):
    """Local DP on the update exactly as fednode applies it (engine/privacy/
    DifferentialPrivacy.cpp clipToNorm and privatizeLocally), on the float32 values the update
    is sent as: the L2 norm over the whole update is summed in float64; when it exceeds C every
    value is scaled by C / norm in float64 and rounded to float32; then N(0, (z C)^2) is added to
    every coordinate in float64 and rounded to float32. Returns the privatised float32 arrays
    and the norm before clipping (reported as dp_pre_clip_norm)."""
    import numpy as np

    values = [np.asarray(a, dtype=np.float32) for a in arrays]
    flat = np.concatenate([v.ravel() for v in values]).astype(np.float64)
    norm = math.sqrt(float(np.dot(flat, flat)))
    if norm > clip_norm:
        scale = clip_norm / norm
        values = [(v.astype(np.float64) * scale).astype(np.float32) for v in values]
    sigma = noise_multiplier * clip_norm
    noised = [(v.astype(np.float64) + sigma * rng.standard_normal(v.shape)).astype(np.float32)
              for v in values]
    return noised, norm


# ---- the protocol ------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kit", required=True, help="node kit folder or .tar.gz")
    parser.add_argument("--data", help="CSV of label,features...; default: own synthetic data")
    parser.add_argument("--coordinator", help="HOST:PORT instead of the kit's address")
    parser.add_argument("--stubs", help="folder with federation_pb2*.py (default: next to this)")
    parser.add_argument("--exit-after-phase", metavar="PHASE[:ROUND]",
                        help="testing only: kill this process (SIGKILL) right after it completed "
                        "the secure-aggregation phase PHASE (keys, shares or masked) of round "
                        "ROUND (default 1), to test dropouts at an exact point of the protocol")
    args = parser.parse_args()
    exit_after = None
    if args.exit_after_phase:
        phase, _, round_text = args.exit_after_phase.partition(":")
        if (phase not in ("keys", "shares", "masked") or
                (round_text and (not round_text.isdigit() or int(round_text) < 1))):
            parser.error("--exit-after-phase takes keys, shares or masked, optionally followed "
                         "by :ROUND (a round number >= 1)")
        exit_after = (phase, int(round_text) if round_text else 1)

    sys.path.insert(0, args.stubs or os.path.dirname(os.path.abspath(__file__)))
    try:
        import grpc
        import numpy as np
        import federation_pb2 as pb
        import federation_pb2_grpc as pb_grpc
        import secagg
    except ImportError as e:
        print(f"python-node: {e}; see README.md (stubs, python3-grpcio, python3-numpy)",
              file=sys.stderr)
        return 2
    try:
        kit = load_kit(args.kit)
    except KitError as e:
        print(f"python-node: {e}", file=sys.stderr)
        return 2
    meta = kit["meta"]
    node_id = meta["node_id"]
    address = args.coordinator or meta["coordinator_address"]
    credentials = grpc.ssl_channel_credentials(root_certificates=kit["ca"],
                                               private_key=kit["key"],
                                               certificate_chain=kit["cert"])
    limit = pb.MAX_MESSAGE_BYTES
    channel = grpc.secure_channel(address, credentials, options=[
        ("grpc.max_send_message_length", limit), ("grpc.max_receive_message_length", limit)])
    stub = pb_grpc.FederationNodeStub(channel)
    refused = (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.FAILED_PRECONDITION)

    attempt = 0
    while True:
        try:
            joined = stub.Join(pb.JoinRequest(protocol_version=pb.PROTOCOL_VERSION,
                                              node_id=node_id, kit_format=KIT_FORMAT,
                                              software_version=SOFTWARE,
                                              signing_public_key=kit["public"]), timeout=10)
            break
        except grpc.RpcError as e:
            if e.code() in refused:
                log(f"refused by the coordinator: {e.details()}")
                return 3
            attempt += 1
            if attempt >= 30:
                log(f"giving up: {e.code().name} {e.details()}")
                return 1
            wait = random.uniform(0, min(10.0, 0.2 * 2 ** attempt))
            log(f"cannot reach the coordinator ({e.code().name}); retrying in {wait:.1f} s")
            time.sleep(wait)
    if joined.federation_id != meta["federation_id"]:
        log(f"the coordinator runs federation {joined.federation_id}, not this kit's")
        return 3
    session = joined.session_id
    layout = [(t.name, tuple(t.shape)) for t in joined.layout.tensors]
    ranks = sorted(len(s) for _, s in layout)
    if ranks != [1, 2]:
        log("this node trains a single linear layer (spec model.architecture logreg); the "
            f"coordinator's model has tensors {layout}")
        stub.Leave(pb.LeaveRequest(node_id=node_id, session_id=session,
                                   reason="model not supported by the Python node"))
        return 1
    w_index = next(i for i, (_, s) in enumerate(layout) if len(s) == 2)
    b_index = 1 - w_index
    classes, features = layout[w_index][1]
    x, y = own_data(args.data, features, classes, seed=joined.client_index + 1000)
    log(f"joined federation {joined.federation_id} as client {joined.client_index}; "
        f"{len(y)} samples of my own, {features} features, {classes} classes")

    state = {"round": 0, "quit": False}
    # Members' signing keys as the key lists gave them: a later list may not change one.
    member_keys = {}
    if not kit["members"]:
        log("this node's kit lists no member signing keys (provisioned before kits did); "
            "secure rounds trust the keys of the first key list and refuse later changes to them. "
            "Provision new kits to check members from the first round on")
    validation = kit["spec"].get("validation")
    max_update_norm = float((validation if isinstance(validation, dict) else {}).get(
        "max_update_norm", 0.0))

    def heartbeat():
        interval = max(0.1, joined.heartbeat_interval_ms / 1000.0)
        while not state["quit"]:
            try:
                stub.Heartbeat(pb.HeartbeatRequest(node_id=node_id, session_id=session,
                                                   round=state["round"], state="idle"),
                               timeout=interval * 3)
            except grpc.RpcError:
                pass
            time.sleep(interval)

    threading.Thread(target=heartbeat, daemon=True).start()

    def push(config, update, masked, samples, metrics, cpu, wall):
        """PushUpdate: the header (signed update message over the bytes' SHA-256), then the
        bytes in chunks. Returns (accepted, reason)."""
        update_hash = hashlib.sha256(update).hexdigest()
        signature = kit["signing"].sign(update_message(
            joined.federation_id, config.round, config.parent_model_hash, update_hash, samples))
        chunk = pb.MAX_CHUNK_BYTES
        header = pb.UpdateHeader(
            node_id=node_id, session_id=session, round=config.round,
            parent_model_hash=config.parent_model_hash, sample_count=samples, metrics=metrics,
            energy=[pb.Metric(name="cpu_seconds", value=cpu)],
            cpu_seconds=cpu, wall_seconds=wall, update_bytes=len(update),
            chunk_count=(len(update) + chunk - 1) // chunk, update_hash=update_hash,
            signature=signature, masked=masked)

        def messages():
            yield pb.UpdateMessage(header=header)
            for i in range(header.chunk_count):
                yield pb.UpdateMessage(chunk=pb.ModelChunk(
                    index=i, data=update[i * chunk:(i + 1) * chunk]))

        ack = stub.PushUpdate(messages(), timeout=120)
        return ack.accepted, ack.reason

    # --- secure aggregation (docs/protocol.md "Secure aggregation") -------------------------

    def phase_done(round_, phase):
        if exit_after == (phase, round_):
            log(f"round {round_}: --exit-after-phase {phase}: killing this node")
            os.kill(os.getpid(), signal.SIGKILL)

    def until(unix_ms):
        """Seconds to wait for a held call: to the announced deadline, plus room for the two
        clocks to differ and the answer to travel (as fednode)."""
        return max(0.0, unix_ms / 1000.0 - time.time()) + 30.0

    def secure_refused(round_, why):
        log(f"round {round_}: secure aggregation: {why}; leaving the round")

    def secure_call_failed(round_, call, error):
        # A lost session ends the node as any other lost call does; otherwise the node leaves
        # only this round (the coordinator records it as dropped).
        if error.code() == grpc.StatusCode.UNAUTHENTICATED:
            raise error
        secure_refused(round_, f"{call}: {error.details()} (gRPC {error.code().name})")

    def secure_keys_and_shares(config):
        """Phases 0 and 1: fresh keys signed with the kit's Ed25519 key, the key list checked,
        the encrypted shares sent and this node's received. None: the round is abandoned."""
        c, round_ = config.secure_aggregation, config.round
        if (c.participants < 2 or c.threshold < 2 or c.threshold > c.participants or
                not secagg.MIN_FRACTIONAL_BITS <= c.fractional_bits <=
                secagg.MAX_FRACTIONAL_BITS):
            secure_refused(round_, "the coordinator's parameters are inconsistent (threshold "
                           f"{c.threshold} of {c.participants} participants, "
                           f"{c.fractional_bits} fractional bits)")
            return None
        client = secagg.Client(joined.federation_id, round_, c.threshold, c.fractional_bits,
                               joined.client_index)
        encryption_key, mask_key = client.advertise()
        signature = kit["signing"].sign(secagg.keys_message(
            joined.federation_id, round_, joined.client_index, encryption_key, mask_key))
        try:
            listed = stub.AdvertiseKeys(pb.SecAggKeys(
                node_id=node_id, session_id=session, round=round_,
                encryption_key=encryption_key, mask_key=mask_key, signature=signature),
                timeout=until(c.keys_deadline_unix_ms))
        except grpc.RpcError as e:
            secure_call_failed(round_, "advertise keys", e)
            return None
        phase_done(round_, "keys")
        try:
            # The coordinator only routes keys: each must carry its member's signature.
            participants = secagg.check_key_list(
                joined.federation_id, round_,
                [{"client": p.client_index, "encryption_key": p.encryption_key,
                  "mask_key": p.mask_key, "signature": p.signature,
                  "signing_key": p.signing_public_key} for p in listed.participants],
                joined.client_index, kit["public"], c.participants, member_keys,
                kit["members"])
            shares = client.share_keys(participants)
        except secagg.SecAggError as e:
            secure_refused(round_, str(e))
            return None
        try:
            inbox = stub.ShareKeys(pb.SecAggShares(
                node_id=node_id, session_id=session, round=round_,
                shares=[pb.SecAggShare(ciphertext=ct, to=to, **{"from": sender})
                        for sender, to, ct in shares]),
                timeout=until(c.shares_deadline_unix_ms))
        except grpc.RpcError as e:
            secure_call_failed(round_, "share keys", e)
            return None
        phase_done(round_, "shares")
        log(f"round {round_}: secure aggregation keys shared with {len(participants)} "
            "participants")
        return {"client": client, "config": c,
                "inbox": [(getattr(e, "from"), e.to, e.ciphertext) for e in inbox.shares]}

    def secure_mask_and_unmask(config, secure, delta, samples, metrics, loss, cpu, wall):
        """Phases 2 and 3: check, encode and mask the update, send it signed, then answer the
        unmasking request (refusing an inconsistent one)."""
        c, round_ = secure["config"], config.round
        values = np.concatenate([np.asarray(d, dtype=np.float32).ravel() for d in delta])
        if samples <= 0:
            return secure_refused(round_, "the node holds no samples")
        if not np.all(np.isfinite(values)):
            return secure_refused(round_, "the update fails validation: the update has "
                                  "non-finite values")
        norm = math.sqrt(float(np.dot(values.astype(np.float64), values.astype(np.float64))))
        if 0.0 < max_update_norm < norm:
            return secure_refused(round_, f"the update fails validation: the update's L2 norm "
                                  f"{norm:g} exceeds validation.max_update_norm "
                                  f"{max_update_norm:g}")
        try:
            encoded = secagg.encode_fixed_point(values, float(samples), c.fractional_bits,
                                                c.participants)
            masked = secure["client"].mask_input(encoded, secure["inbox"])
        except secagg.SecAggError as e:
            return secure_refused(round_, str(e))
        try:
            accepted, reason = push(config, secagg.masked_bytes(masked), True, samples, metrics,
                                    cpu, wall)
        except grpc.RpcError as e:
            return secure_call_failed(round_, "upload", e)
        if not accepted:
            log(f"round {round_}: update not accepted: {reason}")
            return None
        log(f"round {round_}: masked update sent ({samples} samples, train loss {loss:.4f})")
        phase_done(round_, "masked")
        try:
            request = stub.Unmask(pb.SecAggPoll(node_id=node_id, session_id=session,
                                                round=round_),
                                  timeout=until(config.deadline_unix_ms + c.unmasking_window_ms))
        except grpc.RpcError as e:
            return secure_call_failed(round_, "unmask", e)
        try:
            # Refuses a request naming one node both survivor and dropped, not naming this
            # node a survivor, or naming others than those that shared with it.
            self_shares, key_shares = secure["client"].unmask(list(request.survivors),
                                                              list(request.dropped))
        except secagg.SecAggError as e:
            return secure_refused(round_, f"refusing the unmasking request: {e}")

        def shamir(shares):
            return [pb.SecAggShamirShare(owner=owner, x=x, y=ys)
                    for owner, (x, ys) in shares.items()]

        try:
            stub.SendUnmasking(pb.SecAggUnmasking(
                node_id=node_id, session_id=session, round=round_,
                self_mask_shares=shamir(self_shares), mask_key_shares=shamir(key_shares)),
                timeout=30)
        except grpc.RpcError as e:
            return secure_call_failed(round_, "send unmasking", e)
        log(f"round {round_}: unmasking answer sent ({len(request.survivors)} survivors, "
            f"{len(request.dropped)} dropped)")
        return None
    try:
        while True:
            stream = stub.GetTask(pb.TaskRequest(node_id=node_id, session_id=session,
                                                 last_round=state["round"]), timeout=120)
            first = next(stream)
            kind = first.WhichOneof("kind")
            if kind == "finished":
                log(f"the federation has finished: {first.finished.reason}")
                stub.Leave(pb.LeaveRequest(node_id=node_id, session_id=session,
                                           reason="the federation has finished"))
                return 0
            if kind == "idle":
                time.sleep(min(first.idle.retry_after_ms, 10000) / 1000.0)
                continue
            config = first.config
            data = b"".join(m.chunk.data for m in stream)
            state["round"] = config.round
            if (len(data) != config.model_bytes or
                    hashlib.sha256(data).hexdigest() != config.parent_model_hash):
                log(f"round {config.round}: the model arrived damaged; skipping the round")
                continue
            dp = local_dp_settings(config)
            if dp and local_dp_problem(*dp):
                # Nothing is sent: an update cannot be privatised with these numbers.
                log(f"round {config.round}: {local_dp_problem(*dp)}; not training")
                continue
            secure = None
            if config.HasField("secure_aggregation"):
                # Keys and shares before training, as fednode does: a round that cannot be
                # secured costs no training. Never an unmasked update in a secure round.
                secure = secure_keys_and_shares(config)
                if secure is None:
                    continue
            started, cpu0 = time.time(), time.process_time()
            arrays = decode_weights(data, layout)
            w, b, loss, acc = train(arrays[w_index], arrays[b_index], x, y, config,
                                    seed=config.shuffle_seed)
            delta = [None, None]
            delta[w_index], delta[b_index] = w - arrays[w_index], b - arrays[b_index]
            dp_metrics = []
            if dp:
                # Before hashing and signing: the plain update never leaves this process.
                delta, pre_clip = privatize_locally(delta, dp[0], dp[1], fresh_noise_generator())
                dp_metrics = [pb.Metric(name="dp_local", value=1.0),
                              pb.Metric(name="dp_pre_clip_norm", value=pre_clip)]
                log(f"round {config.round}: local DP applied (norm {pre_clip:.4g} clipped to "
                    f"{dp[0]:.4g}, noise std {dp[0] * dp[1]:.4g})")
            samples = len(y)
            metrics = [pb.Metric(name="train_loss", value=loss),
                       pb.Metric(name="train_accuracy", value=acc)] + dp_metrics
            cpu, wall = time.process_time() - cpu0, time.time() - started
            if secure is not None:
                secure_mask_and_unmask(config, secure, delta, samples, metrics, loss, cpu, wall)
                continue
            accepted, reason = push(config, encode_weights(layout, delta), False, samples,
                                    metrics, cpu, wall)
            if accepted:
                log(f"round {config.round}: update sent ({samples} samples, train loss "
                    f"{loss:.4f})")
            else:
                log(f"round {config.round}: update not accepted: {reason}")
    except grpc.RpcError as e:
        log(f"lost the coordinator: {e.code().name} {e.details()}")
        return 1
    except KeyboardInterrupt:
        stub.Leave(pb.LeaveRequest(node_id=node_id, session_id=session, reason="stopped"))
        return 130
    finally:
        state["quit"] = True


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""A Federation Studio node in Python (docs/nodes.md, docs/protocol.md).

Joins a networked federation with a node kit from `fedctl provision`, over gRPC with mutual
TLS, and trains a softmax (logistic) regression in numpy on its own data. It is built only on
engine/net/proto/federation.proto and the public formats (the FSW1 weight bytes and the
ledger's update message in docs/ledger-format.md), to show that a participant can bring its
own language and training code.

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
            "spec": json.loads(files["spec.fed.json"])}


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
    args = parser.parse_args()

    sys.path.insert(0, args.stubs or os.path.dirname(os.path.abspath(__file__)))
    try:
        import grpc
        import numpy as np
        import federation_pb2 as pb
        import federation_pb2_grpc as pb_grpc
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
            if config.HasField("secure_aggregation"):
                # Masking needs X25519, Shamir sharing and the fixed-point ring of
                # docs/secure-aggregation.md, which this example does not implement; sending the
                # update in clear would defeat the round's purpose.
                log(f"round {config.round}: the coordinator asks for secure aggregation, which "
                    "this example node does not support; not taking part in the round")
                continue
            if (len(data) != config.model_bytes or
                    hashlib.sha256(data).hexdigest() != config.parent_model_hash):
                log(f"round {config.round}: the model arrived damaged; skipping the round")
                continue
            dp = local_dp_settings(config)
            if dp and local_dp_problem(*dp):
                # Nothing is sent: an update cannot be privatised with these numbers.
                log(f"round {config.round}: {local_dp_problem(*dp)}; not training")
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
            update = encode_weights(layout, delta)
            update_hash = hashlib.sha256(update).hexdigest()
            samples = len(y)
            signature = kit["signing"].sign(update_message(
                joined.federation_id, config.round, config.parent_model_hash, update_hash,
                samples))
            cpu, wall = time.process_time() - cpu0, time.time() - started
            chunk = pb.MAX_CHUNK_BYTES
            header = pb.UpdateHeader(
                node_id=node_id, session_id=session, round=config.round,
                parent_model_hash=config.parent_model_hash, sample_count=samples,
                metrics=[pb.Metric(name="train_loss", value=loss),
                         pb.Metric(name="train_accuracy", value=acc)] + dp_metrics,
                energy=[pb.Metric(name="cpu_seconds", value=cpu)],
                cpu_seconds=cpu, wall_seconds=wall, update_bytes=len(update),
                chunk_count=(len(update) + chunk - 1) // chunk, update_hash=update_hash,
                signature=signature)

            def messages():
                yield pb.UpdateMessage(header=header)
                for i in range(header.chunk_count):
                    yield pb.UpdateMessage(chunk=pb.ModelChunk(
                        index=i, data=update[i * chunk:(i + 1) * chunk]))

            ack = stub.PushUpdate(messages(), timeout=120)
            if ack.accepted:
                log(f"round {config.round}: update sent ({samples} samples, train loss "
                    f"{loss:.4f})")
            else:
                log(f"round {config.round}: update not accepted: {ack.reason}")
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

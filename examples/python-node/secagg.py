"""The node's side of Federation Studio's secure aggregation, in Python.

An independent implementation of docs/secure-aggregation.md ("Byte layouts") on nothing but
python3-cryptography and numpy: X25519 key agreement, AES-256-CTR mask streams, fixed point in
Z_2^64, Shamir sharing over GF(2^61 - 1) in 7-byte chunks, AES-256-GCM encrypted shares and
the Ed25519-signed key list. The masks of a Python node and of a C++ fednode cancel in the sum
only if both derive every seed bit for bit alike, so a round that aggregates is itself a check.

Use one Client per round, in order: advertise(), share_keys(), mask_input(), unmask().
Every refusal raises SecAggError with a message naming what is wrong.
"""

import hashlib
import math
import secrets
import struct

import numpy as np
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# Domain tags, each followed by one NUL byte where it is used.
MASK_TAG = b"fedstudio-secagg-mask-v1\x00"
SHARE_TAG = b"fedstudio-secagg-share-v1\x00"
KEYS_TAG = b"fedstudio-secagg-keys-v1\x00"

PRIME = (1 << 61) - 1          # the Shamir field GF(2^61 - 1)
CHUNK_BYTES = 7                # 56 bits per field element, below the prime
SECRET_BYTES = 32              # both shared secrets (self-mask seed, X25519 private key)
CHUNKS = (SECRET_BYTES + CHUNK_BYTES - 1) // CHUNK_BYTES  # 5
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_FRACTIONAL_BITS, MAX_FRACTIONAL_BITS = 8, 40


class SecAggError(Exception):
    pass


def _raw(public_key):
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _u32(v):
    return struct.pack("<I", v)


# ---- derivations --------------------------------------------------------------------------------


def context(federation_id, round_):
    """u32 length || UTF-8 federation id || u64 round: binds every value to one round."""
    fid = federation_id.encode("utf-8")
    return _u32(len(fid)) + fid + struct.pack("<Q", round_)


def keys_message(federation_id, round_, client, encryption_key, mask_key):
    """The bytes a node signs with its Ed25519 ledger key for its advertised keys."""
    return KEYS_TAG + context(federation_id, round_) + _u32(client) + encryption_key + mask_key


def pairwise_seed(federation_id, round_, shared, a, b):
    """s_ab = SHA-256(mask tag || X25519 secret || context || u32 min(a,b) || u32 max(a,b))."""
    return hashlib.sha256(MASK_TAG + shared + context(federation_id, round_) +
                          _u32(min(a, b)) + _u32(max(a, b))).digest()


def share_key(federation_id, round_, shared, a, b):
    """The AES-256-GCM key of the shares between a and b (the same in both directions)."""
    return hashlib.sha256(SHARE_TAG + shared + context(federation_id, round_) +
                          _u32(min(a, b)) + _u32(max(a, b))).digest()


def share_aad(federation_id, round_, sender, recipient):
    """The associated data of a share: it fixes its direction."""
    return SHARE_TAG + context(federation_id, round_) + _u32(sender) + _u32(recipient)


# ---- the mask PRG and the ring ------------------------------------------------------------------


def prg(seed, count):
    """AES-256-CTR keyed by the 32-byte seed, 16 zero bytes as the initial counter block (a
    128-bit big-endian counter): `count` little-endian u64 ring elements."""
    stream = Cipher(algorithms.AES(seed), modes.CTR(bytes(16))).encryptor().update(
        bytes(8 * count))
    return np.frombuffer(stream, dtype="<u8").astype(np.uint64, copy=False)


def apply_mask(values, seed, subtract):
    """values +/- PRG(seed) in Z_2^64, in place (numpy's uint64 arithmetic wraps as the ring)."""
    stream = prg(seed, values.size)
    if subtract:
        np.subtract(values, stream, out=values)
    else:
        np.add(values, stream, out=values)


def max_encodable(fractional_bits, participants):
    """|weight * value| must stay below 2^(62 - f) / n, so that the sum of n never wraps."""
    return math.ldexp(1.0, 62 - fractional_bits) / max(1, participants)


def encode_fixed_point(values, weight, fractional_bits, participants):
    """round(weight * value * 2^f) as two's-complement u64, rounding half away from zero (C's
    llround), computed in float64 from the float32 values that would have been sent."""
    if not MIN_FRACTIONAL_BITS <= fractional_bits <= MAX_FRACTIONAL_BITS:
        raise SecAggError(f"fixed_point_bits {fractional_bits} is outside "
                          f"{MIN_FRACTIONAL_BITS}..{MAX_FRACTIONAL_BITS}")
    if not math.isfinite(weight) or weight <= 0.0:
        raise SecAggError(f"the weight {weight} is not a positive number")
    x = float(weight) * np.asarray(values, dtype=np.float32).astype(np.float64)
    bad = np.flatnonzero(~np.isfinite(x))
    if bad.size:
        raise SecAggError(f"value {bad[0]} is not finite")
    bound = max_encodable(fractional_bits, participants)
    over = np.flatnonzero(np.abs(x) >= bound)
    if over.size:
        raise SecAggError(f"value {over[0]} times the weight ({x[over[0]]}) exceeds the "
                          f"fixed-point bound {bound} for {participants} participants with "
                          f"{fractional_bits} fractional bits")
    scaled = x * math.ldexp(1.0, fractional_bits)  # exact: a power of two
    whole = np.trunc(scaled)
    # Half away from zero without the error of floor(x + 0.5): the fraction is exact.
    whole += np.where(np.abs(scaled - whole) >= 0.5, np.sign(scaled), 0.0)
    return whole.astype(np.int64).view(np.uint64)


def masked_bytes(masked):
    """The `masked-update` blob: each ring element as little-endian u64."""
    return np.asarray(masked, dtype=np.uint64).astype("<u8").tobytes()


# ---- Shamir over GF(2^61 - 1) -------------------------------------------------------------------


def _chunks(secret):
    """The secret as field elements: 7-byte little-endian chunks, the last one shorter."""
    return [int.from_bytes(secret[i:i + CHUNK_BYTES], "little")
            for i in range(0, len(secret), CHUNK_BYTES)]


def shamir_split_at(secret, threshold, points):
    """One share (x, [y per chunk]) per evaluation point: each chunk is the constant term of its
    own random polynomial of degree threshold - 1."""
    if not 1 <= threshold <= len(points):
        raise SecAggError(f"a threshold of {threshold} of {len(points)} shares is impossible")
    if len(set(points)) != len(points) or 0 in points:
        raise SecAggError("Shamir evaluation points must be distinct and non-zero")
    ys = {x: [] for x in points}
    for value in _chunks(secret):
        coefficients = [value] + [secrets.randbelow(PRIME) for _ in range(threshold - 1)]
        for x in points:
            y = 0
            for c in reversed(coefficients):  # Horner
                y = (y * x + c) % PRIME
            ys[x].append(y)
    return [(x, ys[x]) for x in points]


def shamir_combine(shares, threshold, secret_bytes=SECRET_BYTES):
    """The secret from the first `threshold` shares, by Lagrange interpolation at 0."""
    if threshold < 1 or len(shares) < threshold:
        raise SecAggError(f"{len(shares)} shares cannot rebuild a secret shared "
                          f"{threshold}-of-n")
    used = shares[:threshold]
    chunks = (secret_bytes + CHUNK_BYTES - 1) // CHUNK_BYTES
    xs = [x for x, _ in used]
    if 0 in xs or len(set(xs)) != len(xs) or any(len(y) != chunks for _, y in used):
        raise SecAggError("the shares are malformed or repeat a point")
    basis = []
    for i, xi in enumerate(xs):
        num = den = 1
        for j, xj in enumerate(xs):
            if i != j:
                num = num * xj % PRIME
                den = den * (xj - xi) % PRIME
        basis.append(num * pow(den, PRIME - 2, PRIME) % PRIME)
    out = b""
    for c in range(chunks):
        width = min(CHUNK_BYTES, secret_bytes - c * CHUNK_BYTES)
        value = sum(b * y[c] for b, (_, y) in zip(basis, used)) % PRIME
        if value >> (8 * width):
            raise SecAggError("the shares are inconsistent (they do not rebuild a "
                              f"{secret_bytes}-byte secret)")
        out += value.to_bytes(width, "little")
    return out


def serialize_share(x, ys):
    """u32 x || u32 count || count x u64 y, little endian."""
    return _u32(x) + _u32(len(ys)) + struct.pack(f"<{len(ys)}Q", *ys)


def parse_share(data, pos):
    """(x, ys, next position), or None when malformed."""
    if len(data) - pos < 8:
        return None
    x, count = struct.unpack_from("<II", data, pos)
    pos += 8
    if count != CHUNKS or len(data) - pos < 8 * count:
        return None
    ys = list(struct.unpack_from(f"<{count}Q", data, pos))
    if any(y >= PRIME for y in ys):
        return None
    return x, ys, pos + 8 * count


# ---- the key list -------------------------------------------------------------------------------


def check_key_list(federation_id, round_, entries, self_id, own_signing_key, participants,
                   pinned, kit_members=None):
    """What fednode checks in the coordinator's key list before it shares anything. `entries`:
    dicts with client, encryption_key, mask_key, signature, signing_key (raw bytes). Every
    signature must verify under the Ed25519 key the entry names, this node's entry must carry
    its own signing key, every member's signing key must be the one the node's kit lists
    (`kit_members`, client -> key; None or empty for a kit made before kits listed members), and
    no member's signing key may change from an earlier round (`pinned`, client -> key, updated
    on success). Returns {client: (encryption_key, mask_key)}."""
    if len(entries) > participants:
        raise SecAggError(f"the key list names {len(entries)} participants, the round has "
                          f"{participants}")
    listed = False
    out = {}
    for e in entries:
        cid = e["client"]
        if (len(e["signing_key"]) != 32 or len(e["signature"]) != 64 or
                len(e["encryption_key"]) != 32 or len(e["mask_key"]) != 32):
            raise SecAggError(f"the key list's entry for client {cid} is malformed")
        if cid == self_id:
            if e["signing_key"] != own_signing_key:
                raise SecAggError("the key list gives this node another signing key")
            listed = True
        if kit_members:
            # The kit's list comes from provisioning: a coordinator forging a member is caught
            # from the first round on.
            if cid not in kit_members:
                raise SecAggError(f"the key list names client {cid}, which this node's kit does "
                                  "not list as a member of the federation")
            if kit_members[cid] != e["signing_key"]:
                raise SecAggError(
                    f"the key list gives client {cid} signing key {e['signing_key'].hex()[:16]}, "
                    f"but this node's kit lists {kit_members[cid].hex()[:16]} for it: the "
                    "coordinator is not relaying that member's keys")
        if cid in pinned and pinned[cid] != e["signing_key"]:
            raise SecAggError(f"the key list changes the signing key of client {cid} since an "
                              "earlier round")
        try:
            Ed25519PublicKey.from_public_bytes(e["signing_key"]).verify(
                e["signature"], keys_message(federation_id, round_, cid, e["encryption_key"],
                                             e["mask_key"]))
        except (InvalidSignature, ValueError):
            raise SecAggError(f"the key signature of client {cid} does not verify")
        if cid in out:
            raise SecAggError(f"participant {cid} is listed twice")
        out[cid] = (e["encryption_key"], e["mask_key"])
    if not listed:
        raise SecAggError("the key list does not hold this node's keys")
    for e in entries:
        pinned[e["client"]] = e["signing_key"]
    return out


# ---- one participant, one round -----------------------------------------------------------------


class Client:
    def __init__(self, federation_id, round_, threshold, fractional_bits, client_id):
        self.fid, self.round, self.id = federation_id, round_, client_id
        self.threshold, self.fractional_bits = threshold, fractional_bits
        self.step = "start"
        self.peers = {}          # client -> (encryption key, mask key), self included
        self.shared_with_me = set()
        self.self_shares = {}    # my share of each participant's b_u
        self.key_shares = {}     # my share of each participant's mask private key

    def _agree(self, private, peer):
        try:
            return private.exchange(X25519PublicKey.from_public_bytes(peer))
        except ValueError as e:
            raise SecAggError(f"X25519 key agreement failed (an invalid public key?): {e}")

    def advertise(self):
        """Two fresh X25519 key pairs (c for the shares sent to this node, s for its masks);
        returns their raw public keys (encryption, mask) for the caller to sign."""
        if self.step != "start":
            raise SecAggError("keys were already advertised")
        self.encryption = X25519PrivateKey.from_private_bytes(secrets.token_bytes(32))
        self.mask = X25519PrivateKey.from_private_bytes(secrets.token_bytes(32))
        self.step = "advertised"
        return _raw(self.encryption.public_key()), _raw(self.mask.public_key())

    def share_keys(self, participants):
        """participants: {client: (encryption key, mask key)} from check_key_list. Shares a fresh
        self-mask seed and the mask private key t-of-n at x = client + 1; returns one
        (from, to, ciphertext) per other participant."""
        if self.step != "advertised":
            raise SecAggError("share_keys() out of order")
        seen_enc, seen_mask = {}, {}
        for cid in sorted(participants):
            enc, msk = participants[cid]
            # Two participants with one key would make masks cancel that must not.
            for seen, key in ((seen_enc, enc), (seen_mask, msk)):
                if key in seen:
                    raise SecAggError(f"participants {seen[key]} and {cid} advertise the same "
                                      "key")
                seen[key] = cid
        own = (_raw(self.encryption.public_key()), _raw(self.mask.public_key()))
        if participants.get(self.id) != own:
            raise SecAggError("the key list does not hold this participant's keys")
        if len(participants) < self.threshold:
            raise SecAggError(f"{len(participants)} participants are fewer than the threshold "
                              f"{self.threshold}")
        self.peers = dict(participants)
        self.self_seed = secrets.token_bytes(SECRET_BYTES)
        mask_secret = self.mask.private_bytes(serialization.Encoding.Raw,
                                              serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())
        ids = sorted(self.peers)
        points = [cid + 1 for cid in ids]
        b_shares = shamir_split_at(self.self_seed, self.threshold, points)
        s_shares = shamir_split_at(mask_secret, self.threshold, points)
        out = []
        for cid, b, s in zip(ids, b_shares, s_shares):
            if cid == self.id:
                self.self_shares[cid], self.key_shares[cid] = b, s
                continue
            shared = self._agree(self.encryption, self.peers[cid][0])
            plain = _u32(self.id) + _u32(cid) + serialize_share(*b) + serialize_share(*s)
            nonce = secrets.token_bytes(NONCE_BYTES)
            sealed = AESGCM(share_key(self.fid, self.round, shared, self.id, cid)).encrypt(
                nonce, plain, share_aad(self.fid, self.round, self.id, cid))
            out.append((self.id, cid, nonce + sealed))
        self.step = "shared"
        return out

    def mask_input(self, encoded, received):
        """Opens the shares addressed to this node (from, to, ciphertext) and returns
        encoded + PRG(b_u) + sum_{v>u} PRG(s_uv) - sum_{v<u} PRG(s_uv) over the participants
        that shared with it, as a numpy uint64 array."""
        if self.step != "shared":
            raise SecAggError("mask_input() out of order")
        self.shared_with_me = {self.id}
        for sender, to, ciphertext in received:
            if to != self.id or sender == self.id or sender not in self.peers:
                raise SecAggError(f"a share from {sender} to {to} is misaddressed")
            if len(ciphertext) < NONCE_BYTES + TAG_BYTES:
                raise SecAggError(f"the share from {sender}: an encrypted share is truncated")
            shared = self._agree(self.encryption, self.peers[sender][0])
            try:
                plain = AESGCM(share_key(self.fid, self.round, shared, sender, self.id)).decrypt(
                    ciphertext[:NONCE_BYTES], ciphertext[NONCE_BYTES:],
                    share_aad(self.fid, self.round, sender, self.id))
            except InvalidTag:
                raise SecAggError(f"the share from {sender}: an encrypted share does not "
                                  "authenticate (wrong key or altered)")
            b = s = None
            if len(plain) >= 8 and struct.unpack_from("<II", plain) == (sender, self.id):
                b = parse_share(plain, 8)
                s = parse_share(plain, b[2]) if b else None
            if (not b or not s or s[2] != len(plain) or b[0] != self.id + 1 or
                    s[0] != self.id + 1):
                raise SecAggError(f"the share from {sender} is malformed")
            if sender in self.shared_with_me:
                raise SecAggError(f"two shares from {sender}")
            self.shared_with_me.add(sender)
            self.self_shares[sender] = (b[0], b[1])
            self.key_shares[sender] = (s[0], s[1])
        if len(self.shared_with_me) < self.threshold:
            raise SecAggError(f"only {len(self.shared_with_me)} participants shared keys, fewer "
                              f"than the threshold {self.threshold}")
        masked = np.array(encoded, dtype=np.uint64)
        apply_mask(masked, self.self_seed, subtract=False)
        for v in sorted(self.shared_with_me - {self.id}):
            shared = self._agree(self.mask, self.peers[v][1])
            # +PRG towards higher ids, -PRG towards lower: each pair's two masks cancel.
            apply_mask(masked, pairwise_seed(self.fid, self.round, shared, self.id, v),
                       subtract=v < self.id)
        self.step = "masked"
        return masked

    def unmask(self, survivors, dropped):
        """This node's shares of b_v for every survivor and of s_v for every dropped node:
        ({owner: (x, ys)}, {owner: (x, ys)}). Refuses a request that could unmask one input."""
        if self.step != "masked":
            raise SecAggError("unmask() out of order")
        survivors, dropped = set(survivors), set(dropped)
        both = sorted(survivors & dropped)
        if both:
            raise SecAggError(f"participant {both[0]} is listed as both survivor and dropped")
        if self.id not in survivors:
            raise SecAggError("the request does not list this participant as a survivor")
        if len(survivors) < self.threshold:
            raise SecAggError(f"{len(survivors)} survivors are fewer than the threshold "
                              f"{self.threshold}")
        if survivors | dropped != self.shared_with_me:
            raise SecAggError("the request's participants differ from those that shared keys "
                              "with this participant")
        self.step = "unmasked"
        return ({u: self.self_shares[u] for u in sorted(survivors)},
                {u: self.key_shares[u] for u in sorted(dropped)})

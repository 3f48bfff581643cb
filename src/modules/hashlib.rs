// SPDX-License-Identifier: MIT
//! The `hashlib` module: SHA-256, SHA-1 and MD5, written here (no dependency).
//!
//! The hash objects are small Python classes made at import (the VM has no native classes with
//! state yet); their state is an immutable `bytes` value that the native functions `_init`,
//! `_update` and `_digest` take and return: the chaining words (little-endian `u32`s), the
//! message length in bytes (`u64`), then the unprocessed tail of under one block. So `copy()` is
//! one assignment, and a hash costs a few dozen bytes of heap however much data it has seen.

use alloc::format;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::gc::{Kind, Value};
use crate::objects::native::NativeFn;
use crate::objects::{bytes, str as pystr};
use crate::vm::{PyResult, Vm};

/// The three algorithms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Algo {
    Sha256,
    Sha1,
    Md5,
}

impl Algo {
    fn from_name(name: &str) -> Option<Algo> {
        match name {
            "sha256" => Some(Algo::Sha256),
            "sha1" => Some(Algo::Sha1),
            "md5" => Some(Algo::Md5),
            _ => None,
        }
    }

    /// Number of 32-bit chaining words.
    fn words(self) -> usize {
        match self {
            Algo::Sha256 => 8,
            Algo::Sha1 => 5,
            Algo::Md5 => 4,
        }
    }

    fn initial(self) -> &'static [u32] {
        match self {
            Algo::Sha256 => &[
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                0x5be0cd19,
            ],
            Algo::Sha1 => &[0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0],
            Algo::Md5 => &[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
        }
    }

    fn compress(self, h: &mut [u32], block: &[u8]) {
        match self {
            Algo::Sha256 => sha256_block(h, block),
            Algo::Sha1 => sha1_block(h, block),
            Algo::Md5 => md5_block(h, block),
        }
    }
}

static K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn be_words<const N: usize>(block: &[u8]) -> [u32; N] {
    let mut w = [0u32; N];
    for (i, c) in block.chunks(4).take(16).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    w
}

fn sha256_block(h: &mut [u32], block: &[u8]) {
    let mut w: [u32; 64] = be_words(block);
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = [0u32; 8];
    v.copy_from_slice(&h[..8]);
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

fn sha1_block(h: &mut [u32], block: &[u8]) {
    let mut w: [u32; 80] = be_words(block);
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5A827999),
            1 => (b ^ c ^ d, 0x6ED9EBA1),
            2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
            _ => (b ^ c ^ d, 0xCA62C1D6u32),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

/// MD5's constants, `floor(2**32 * abs(sin(i + 1)))`.
static MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

static MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

fn md5_block(h: &mut [u32], block: &[u8]) {
    let mut m = [0u32; 16];
    for (i, c) in block.chunks(4).take(16).enumerate() {
        m[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64u32 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let k = MD5_K[i as usize];
        let s = MD5_S[((i / 16) * 4 + i % 4) as usize];
        let f = f
            .wrapping_add(a)
            .wrapping_add(k)
            .wrapping_add(m[g as usize]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(f.rotate_left(s));
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(y);
    }
}

/// A decoded state: chaining words, total length, pending tail.
struct State {
    h: Vec<u32>,
    len: u64,
    tail: Vec<u8>,
}

impl State {
    fn new(algo: Algo) -> State {
        State {
            h: algo.initial().to_vec(),
            len: 0,
            tail: Vec::new(),
        }
    }

    fn decode(algo: Algo, b: &[u8]) -> Option<State> {
        let n = algo.words() * 4;
        if b.len() < n + 8 || b.len() >= n + 8 + 64 {
            return None;
        }
        let h = b[..n]
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let mut l = [0u8; 8];
        l.copy_from_slice(&b[n..n + 8]);
        Some(State {
            h,
            len: u64::from_le_bytes(l),
            tail: b[n + 8..].to_vec(),
        })
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.h.len() * 4 + 8 + self.tail.len());
        for w in &self.h {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&self.len.to_le_bytes());
        out.extend_from_slice(&self.tail);
        out
    }

    fn update(&mut self, algo: Algo, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        let mut data = data;
        if !self.tail.is_empty() {
            let take = (64 - self.tail.len()).min(data.len());
            self.tail.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.tail.len() < 64 {
                return;
            }
            let block = core::mem::take(&mut self.tail);
            algo.compress(&mut self.h, &block);
        }
        let mut chunks = data.chunks_exact(64);
        for block in &mut chunks {
            algo.compress(&mut self.h, block);
        }
        self.tail = chunks.remainder().to_vec();
    }

    fn finish(mut self, algo: Algo) -> Vec<u8> {
        let bits = self.len.wrapping_mul(8);
        let mut pad = alloc::vec![0x80u8];
        let rem = (self.len as usize + 1) % 64;
        pad.resize(1 + (64 + 56 - rem) % 64, 0);
        pad.extend_from_slice(&if algo == Algo::Md5 {
            bits.to_le_bytes()
        } else {
            bits.to_be_bytes()
        });
        let len = self.len;
        self.update(algo, &pad);
        self.len = len;
        let mut out = Vec::with_capacity(self.h.len() * 4);
        for w in &self.h {
            out.extend_from_slice(&if algo == Algo::Md5 {
                w.to_le_bytes()
            } else {
                w.to_be_bytes()
            });
        }
        out
    }
}

fn algo_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Algo> {
    let name = v.and_then(|v| vm.as_str(*v)).unwrap_or("");
    match Algo::from_name(name) {
        Some(a) => Ok(a),
        None => {
            let n = alloc::string::String::from(name);
            Err(vm.value_error(format!("unsupported hash type {n}")))
        }
    }
}

fn state_arg(vm: &mut Vm, algo: Algo, v: Option<&Value>) -> PyResult<State> {
    let s = match v {
        Some(&v) if vm.heap.kind(v) == Kind::Bytes => State::decode(algo, bytes::data(vm, v)),
        _ => None,
    };
    match s {
        Some(s) => Ok(s),
        None => Err(vm.value_error("corrupt hash state")),
    }
}

fn init_state(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let algo = algo_arg(vm, args.first())?;
    let s = State::new(algo).encode();
    bytes::new(vm, &s)
}

fn update(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let algo = algo_arg(vm, args.first())?;
    let mut st = state_arg(vm, algo, args.get(1))?;
    let Some(&data) = args.get(2) else {
        return Err(vm.type_error("update() missing data"));
    };
    match vm.heap.kind(vm.builtin_value(data)) {
        Kind::Bytes | Kind::ByteArray => {
            let d = bytes::data(vm, data).to_vec();
            st.update(algo, &d);
        }
        Kind::MemoryView => {
            let d = crate::objects::memoryview::to_vec(vm, data);
            st.update(algo, &d);
        }
        _ if vm.as_str(data).is_some() => {
            return Err(vm.type_error("Strings must be encoded before hashing"));
        }
        _ => {
            let tn = vm.type_name(data);
            return Err(vm.type_error(format!(
                "object supporting the buffer API required, not '{tn}'"
            )));
        }
    }
    let s = st.encode();
    bytes::new(vm, &s)
}

fn digest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let algo = algo_arg(vm, args.first())?;
    let st = state_arg(vm, algo, args.get(1))?;
    let d = st.finish(algo);
    bytes::new(vm, &d)
}

fn hexdigest(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let algo = algo_arg(vm, args.first())?;
    let st = state_arg(vm, algo, args.get(1))?;
    let d = st.finish(algo);
    let mut s = alloc::string::String::with_capacity(d.len() * 2);
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    pystr::new(vm, &s)
}

/// The native helpers of `hashlib` (the classes are Python, see [`init`]).
pub static FUNCTIONS: &[NativeFn] = &[
    NativeFn::function("_init", init_state),
    NativeFn::function("_update", update),
    NativeFn::function("_digest", digest),
    NativeFn::function("_hexdigest", hexdigest),
];

const PYTHON_PART: &str = "\
class _hash:
    def __init__(self, data=None):
        self._s = _init(self.name)
        if data is not None:
            self.update(data)
    def update(self, data):
        self._s = _update(self.name, self._s, data)
    def digest(self):
        return _digest(self.name, self._s)
    def hexdigest(self):
        return _hexdigest(self.name, self._s)
    def copy(self):
        c = type(self)()
        c._s = self._s
        return c
class sha256(_hash):
    name = 'sha256'
    digest_size = 32
    block_size = 64
class sha1(_hash):
    name = 'sha1'
    digest_size = 20
    block_size = 64
class md5(_hash):
    name = 'md5'
    digest_size = 16
    block_size = 64
algorithms_available = {'sha256', 'sha1', 'md5'}
algorithms_guaranteed = algorithms_available
def new(name, data=None):
    for c in (sha256, sha1, md5):
        if c.name == name.lower():
            return c(data)
    raise ValueError('unsupported hash type ' + name)
";

/// Defines the hash classes and `new`.
pub fn init(vm: &mut Vm, d: Value) -> PyResult<()> {
    vm.exec_source(PYTHON_PART, "<hashlib>", d, Mode::Exec)?;
    Ok(())
}

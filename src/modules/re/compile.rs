// SPDX-License-Identifier: MIT
//! Compiles a parsed pattern to the word program that [`super::exec`] runs. The program is
//! plain `u32` words so it can live in a `bytes` object in the GC heap (where its memory is
//! counted) and be read back without decoding.
//!
//! Layout: `[HEADER words | code...]`. Each instruction is an opcode word followed by its
//! operands; addresses are absolute word indices into the code.

use alloc::vec::Vec;

use super::parse::{width, Anchor, Category, Node, SetItem};

/// Words before the code: magic, number of groups, number of registers, flags.
pub const HEADER: usize = 4;
/// The first header word (catches a `bytes` that is not a program).
pub const MAGIC: u32 = 0x5245_0001;
/// Header flag: the pattern is `bytes`.
pub const FLAG_BYTES: u32 = 1;
/// Header flag: `\d`, `\w`, `\s`, `\b` and case folding are ASCII only.
pub const FLAG_ASCII: u32 = 2;

/// `MATCH` — the whole pattern matched.
pub const OP_MATCH: u32 = 0;
/// `CHAR c` — the character `c`.
pub const OP_CHAR: u32 = 1;
/// `CHAR_I c` — `c` ignoring case (`c` is folded).
pub const OP_CHAR_I: u32 = 2;
/// `ANY` — any character but `\n`.
pub const OP_ANY: u32 = 3;
/// `ANY_ALL` — any character.
pub const OP_ANY_ALL: u32 = 4;
/// `SET n flags (lo hi)*` — `n` is the number of range words; flags: bit 0 negated,
/// bit 1 ignore case. A category is the range `(CAT_TAG | category, CAT_TAG)`.
pub const OP_SET: u32 = 5;
/// `ANCHOR kind` — a zero-width assertion ([`Anchor`] as a number).
pub const OP_ANCHOR: u32 = 6;
/// `SPLIT a b` — continue at `a`; on failure, at `b`.
pub const OP_SPLIT: u32 = 7;
/// `JMP a`.
pub const OP_JMP: u32 = 8;
/// `SAVE slot` — record the position in a group slot (`2g` start, `2g+1` end).
pub const OP_SAVE: u32 = 9;
/// `BACKREF g icase` — the text group `g` matched.
pub const OP_BACKREF: u32 = 10;
/// `LOOK ahead negate width end` — a lookaround whose body follows, ending in `LOOK_END`;
/// `end` is the address after it.
pub const OP_LOOK: u32 = 11;
/// `LOOK_END` — the lookaround body matched.
pub const OP_LOOK_END: u32 = 12;
/// `INIT r` — start a counted loop (its counter register is `r`).
pub const OP_INIT: u32 = 13;
/// `LOOP r min max greedy exit` — decide whether to run the body (which follows an
/// `ENTER r`) again; `max` is `u32::MAX` for no limit.
pub const OP_LOOP: u32 = 14;
/// `ENTER r` — count an iteration and remember where it started.
pub const OP_ENTER: u32 = 15;
/// `REPEAT_ONE min max greedy next` — repeat the one-character instruction that follows;
/// continue at `next`.
pub const OP_REPEAT_ONE: u32 = 16;

/// `ATOMIC end` — match the body that follows (ending in `LOOK_END`) once, keep its end and
/// drop its choice points; continue at `end`.
pub const OP_ATOMIC: u32 = 17;

/// Marks a category inside a set's ranges.
pub const CAT_TAG: u32 = 0xFFFF_FF00;

/// No upper bound.
pub const INF: u32 = u32::MAX;

/// The compiled program and the number of registers it needs.
pub struct Program {
    /// Header and code.
    pub words: Vec<u32>,
}

struct Compiler {
    code: Vec<u32>,
    loops: u32,
}

/// Compiles `node` (with `groups` capturing groups).
pub fn compile(node: &Node, groups: usize, flags: u32) -> Program {
    let mut c = Compiler {
        code: Vec::new(),
        loops: 0,
    };
    c.emit(&[OP_SAVE, 0]);
    c.node(node);
    c.emit(&[OP_SAVE, 1, OP_MATCH]);
    let mut words = Vec::with_capacity(HEADER + c.code.len());
    words.extend_from_slice(&[MAGIC, groups as u32, c.loops, flags]);
    // Addresses were relative to the code; make them absolute in `words`.
    words.extend_from_slice(&c.code);
    Program { words }
}

/// The number assigned to each anchor in `ANCHOR`.
pub fn anchor_code(a: Anchor) -> u32 {
    match a {
        Anchor::StartText => 0,
        Anchor::StartLine => 1,
        Anchor::EndText => 2,
        Anchor::EndTextOrNewline => 3,
        Anchor::EndLine => 4,
        Anchor::WordBoundary => 5,
        Anchor::NotWordBoundary => 6,
    }
}

/// The number of a category inside a set.
pub fn category_code(c: Category) -> u32 {
    match c {
        Category::Digit => 0,
        Category::NotDigit => 1,
        Category::Word => 2,
        Category::NotWord => 3,
        Category::Space => 4,
        Category::NotSpace => 5,
    }
}

impl Compiler {
    fn emit(&mut self, w: &[u32]) {
        self.code.extend_from_slice(w);
    }

    /// The address the next word will have (absolute, counting the header).
    fn here(&self) -> u32 {
        (HEADER + self.code.len()) as u32
    }

    fn patch(&mut self, at: u32, v: u32) {
        if let Some(w) = self.code.get_mut(at as usize - HEADER) {
            *w = v;
        }
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Char(..) | Node::Any(_) | Node::Set(..) => self.single(n),
            Node::Anchor(a) => self.emit(&[OP_ANCHOR, anchor_code(*a)]),
            Node::Group(Some(g), body) => {
                let g = *g as u32;
                self.emit(&[OP_SAVE, 2 * g]);
                self.node(body);
                self.emit(&[OP_SAVE, 2 * g + 1]);
            }
            Node::Group(None, body) => self.node(body),
            Node::Concat(items) => items.iter().for_each(|i| self.node(i)),
            Node::Alt(alts) => self.alternation(alts),
            Node::Repeat(body, min, max, greedy) => {
                self.repeat(body, *min, max.unwrap_or(INF), *greedy)
            }
            Node::Backref(g, icase) => self.emit(&[OP_BACKREF, *g as u32, *icase as u32]),
            Node::Atomic(body) => {
                let at = self.here();
                self.emit(&[OP_ATOMIC, 0]);
                self.node(body);
                self.emit(&[OP_LOOK_END]);
                let end = self.here();
                self.patch(at + 1, end);
            }
            Node::Look(ahead, negate, body) => {
                let w = width(body).unwrap_or(0) as u32;
                let at = self.here();
                self.emit(&[OP_LOOK, *ahead as u32, *negate as u32, w, 0]);
                self.node(body);
                self.emit(&[OP_LOOK_END]);
                let end = self.here();
                self.patch(at + 4, end);
            }
        }
    }

    /// A one-character instruction.
    fn single(&mut self, n: &Node) {
        match n {
            Node::Char(c, true) if has_case(*c) => self.emit(&[OP_CHAR_I, super::exec::fold(*c)]),
            Node::Char(c, _) => self.emit(&[OP_CHAR, *c]),
            Node::Any(false) => self.emit(&[OP_ANY]),
            Node::Any(true) => self.emit(&[OP_ANY_ALL]),
            Node::Set(items, negate, icase) => {
                let flags = *negate as u32 | (*icase as u32) << 1;
                self.emit(&[OP_SET, 2 * items.len() as u32, flags]);
                for it in items {
                    match it {
                        SetItem::Range(lo, hi) => self.emit(&[*lo, *hi]),
                        SetItem::Cat(c) => self.emit(&[CAT_TAG | category_code(*c), CAT_TAG]),
                    }
                }
            }
            _ => {}
        }
    }

    fn alternation(&mut self, alts: &[Node]) {
        let mut jumps = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            if i + 1 < alts.len() {
                let split = self.here();
                self.emit(&[OP_SPLIT, split + 3, 0]);
                self.node(alt);
                jumps.push(self.here() + 1);
                self.emit(&[OP_JMP, 0]);
                let next = self.here();
                self.patch(split + 2, next);
            } else {
                self.node(alt);
            }
        }
        let end = self.here();
        for j in jumps {
            self.patch(j, end);
        }
    }

    fn repeat(&mut self, body: &Node, min: u32, max: u32, greedy: bool) {
        let body = strip_groups(body);
        if matches!(body, Node::Char(..) | Node::Any(_) | Node::Set(..)) {
            let at = self.here();
            self.emit(&[OP_REPEAT_ONE, min, max, greedy as u32, 0]);
            self.single(body);
            let next = self.here();
            self.patch(at + 4, next);
            return;
        }
        if min == 0 && max == 1 {
            let at = self.here();
            self.emit(&[OP_SPLIT, 0, 0]);
            let start = self.here();
            self.node(body);
            let end = self.here();
            let (first, second) = if greedy { (start, end) } else { (end, start) };
            self.patch(at + 1, first);
            self.patch(at + 2, second);
            return;
        }
        let r = self.loops;
        self.loops += 1;
        self.emit(&[OP_INIT, r]);
        let top = self.here();
        self.emit(&[OP_LOOP, r, min, max, greedy as u32, 0, OP_ENTER, r]);
        self.node(body);
        self.emit(&[OP_JMP, top]);
        let exit = self.here();
        self.patch(top + 5, exit);
    }
}

/// A non-capturing group around a single item repeats as the item.
fn strip_groups(n: &Node) -> &Node {
    match n {
        Node::Group(None, b) => strip_groups(b),
        _ => n,
    }
}

fn has_case(c: u32) -> bool {
    super::exec::fold(c) != c || super::exec::upper(c) != c
}

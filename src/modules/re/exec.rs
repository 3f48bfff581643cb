// SPDX-License-Identifier: MIT
//! The backtracking matcher: runs a [`super::compile`] program over a subject.
//!
//! It never recurses on the Rust stack for repetition or alternation: choice points go on an
//! explicit heap-allocated stack, which doubles as the trail that undoes register writes
//! (group slots, loop counters) when a choice is retried. Only lookarounds recurse, once per
//! nesting level of the pattern, which the parser bounds. Work is bounded too: every
//! instruction costs a step, and past [`STEP_BUDGET`] steps or [`STACK_LIMIT`] choice points
//! the match stops with [`Stop::Limit`] (a `RuntimeError` for the program) instead of running
//! for hours on a catastrophic pattern such as `(a*)*b`. The interrupt flag is polled every
//! few thousand steps so Ctrl-C ends a long match.

use alloc::vec::Vec;

use super::compile::*;

/// Steps (instructions executed, characters scanned) one match attempt may take.
#[cfg(feature = "std")]
pub const STEP_BUDGET: u64 = 10_000_000;
/// Steps one match attempt may take on a device (slower, so fewer for the same time).
#[cfg(not(feature = "std"))]
pub const STEP_BUDGET: u64 = 5_000_000;
/// Choice points the backtrack stack may hold.
#[cfg(feature = "std")]
pub const STACK_LIMIT: usize = 1 << 20;
/// Choice points the backtrack stack may hold on a device.
#[cfg(not(feature = "std"))]
pub const STACK_LIMIT: usize = 1 << 12;
/// Extra steps per character of the subject (a linear scan is never the catastrophe).
const LINEAR_STEPS: u64 = 32;
/// Steps between polls of the interrupt flag.
const POLL_EVERY: u64 = 4096;

/// Why a match stopped without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The step budget or the backtrack stack limit ran out.
    Limit,
    /// The Rust heap could not grow the backtrack stack.
    NoMemory,
    /// The interrupt poll asked to stop (the caller raises `KeyboardInterrupt`).
    Interrupted,
}

/// The text being matched: one byte per character (bytes, or an ASCII str) or code points.
pub enum Subject {
    /// Bytes or ASCII text.
    Narrow(Vec<u8>),
    /// Code points.
    Wide(Vec<u32>),
}

impl Subject {
    #[inline]
    fn at(&self, i: usize) -> Option<u32> {
        match self {
            Subject::Narrow(b) => b.get(i).map(|&c| c as u32),
            Subject::Wide(w) => w.get(i).copied(),
        }
    }

    /// The number of characters.
    pub(super) fn len(&self) -> usize {
        match self {
            Subject::Narrow(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }
}

/// Simple lowercase folding (the first char of Rust's `to_lowercase`).
pub fn fold(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut l = ch.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Simple uppercase.
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut u = ch.to_uppercase();
            match (u.next(), u.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// A backtrack-stack entry.
#[derive(Clone, Copy)]
enum Bt {
    /// Retry at `pc` with position `pos`.
    Choice { pc: u32, pos: u32 },
    /// Undo a register write.
    Restore { reg: u32, val: i32 },
    /// A greedy single-item repeat that can give back characters down to `min_pos`.
    Greedy { next: u32, min_pos: u32, pos: u32 },
    /// A lazy single-item repeat that can take `left` more characters.
    Lazy {
        item: u32,
        next: u32,
        pos: u32,
        left: u32,
    },
    /// The floor of a lookaround's sub-match (failing past it fails the lookaround).
    Floor,
}

/// How the match must end.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Anchored at the start position (`match`).
    Match,
    /// Anywhere from the start position (`search`).
    Search,
    /// Anchored at both ends (`fullmatch`).
    Full,
}

/// One match run: the program, the subject and the machine state.
pub struct Matcher<'a> {
    code: &'a [u32],
    s: &'a Subject,
    ascii: bool,
    /// Group slots, then `lastindex`, then two words per loop (counter, start mark).
    regs: Vec<i32>,
    bt: Vec<Bt>,
    steps: u64,
    /// The step limit of the current search.
    budget: u64,
    /// Steps at which to poll next.
    next_poll: u64,
    /// Reject an empty match at this position (after an empty match in `finditer`).
    pub not_empty_at: Option<usize>,
    mode: Mode,
    /// The number of group slots.
    nslots: usize,
}

impl<'a> Matcher<'a> {
    /// A matcher for `code` (a whole program with its header) over `s`.
    pub fn new(code: &'a [u32], s: &'a Subject, mode: Mode) -> Option<Matcher<'a>> {
        if code.first() != Some(&MAGIC) || code.len() < HEADER {
            return None;
        }
        let groups = *code.get(1)? as usize;
        let loops = *code.get(2)? as usize;
        let flags = *code.get(3)?;
        let nslots = 2 * (groups + 1);
        Some(Matcher {
            code,
            s,
            ascii: flags & (FLAG_ASCII | FLAG_BYTES) != 0,
            regs: alloc::vec![-1; nslots + 1 + 2 * loops],
            bt: Vec::new(),
            steps: 0,
            budget: STEP_BUDGET,
            next_poll: POLL_EVERY,
            not_empty_at: None,
            mode,
            nslots,
        })
    }

    /// The group slots and `lastindex` of the last match (start/end pairs, -1 when unset).
    pub fn regs(&self) -> &[i32] {
        self.regs.get(..self.nslots + 1).unwrap_or(&[])
    }

    /// Starts counting the step budget again (each match of `finditer` gets its own).
    pub fn reset_budget(&mut self) {
        self.steps = 0;
        self.next_poll = POLL_EVERY;
    }

    /// Finds the first match starting in `pos..=end` (only at `pos` unless searching);
    /// `poll` is asked every few thousand steps whether to stop.
    pub fn find(&mut self, pos: usize, poll: &mut dyn FnMut() -> bool) -> Result<bool, Stop> {
        let end = self.s.len();
        // A search over a long subject needs steps in proportion to its length: allow that on
        // top of the fixed budget, which bounds the backtracking.
        self.budget = STEP_BUDGET.saturating_add(LINEAR_STEPS * end.saturating_sub(pos) as u64);
        let first = self.code.get(HEADER).copied();
        // A pattern that starts with `\A` (or `^` without MULTILINE) can only match at 0.
        let anchored = first == Some(OP_SAVE)
            && self.code.get(HEADER + 2) == Some(&OP_ANCHOR)
            && self.code.get(HEADER + 3) == Some(&0);
        let literal = match (self.code.get(HEADER + 2), self.code.get(HEADER + 3)) {
            (Some(&OP_CHAR), Some(&c)) => Some(c),
            _ => None,
        };
        let mut start = pos;
        loop {
            if self.mode == Mode::Search {
                if let Some(c) = literal {
                    while start < end && self.s.at(start) != Some(c) {
                        start += 1;
                        self.tick(poll)?;
                    }
                    if start >= end {
                        return Ok(false);
                    }
                }
            }
            for r in self.regs.iter_mut() {
                *r = -1;
            }
            self.bt.clear();
            if self.run(HEADER as u32, start, poll)?.is_some() {
                return Ok(true);
            }
            if self.mode != Mode::Search || start >= end || anchored {
                return Ok(false);
            }
            start += 1;
        }
    }

    fn tick(&mut self, poll: &mut dyn FnMut() -> bool) -> Result<(), Stop> {
        self.steps += 1;
        if self.steps >= self.next_poll {
            self.next_poll = self.steps + POLL_EVERY;
            if self.steps > self.budget {
                return Err(Stop::Limit);
            }
            if poll() {
                return Err(Stop::Interrupted);
            }
        }
        Ok(())
    }

    fn push(&mut self, e: Bt) -> Result<(), Stop> {
        if self.bt.len() >= STACK_LIMIT {
            return Err(Stop::Limit);
        }
        if self.bt.len() == self.bt.capacity()
            && self.bt.try_reserve(self.bt.len().max(16)).is_err()
        {
            return Err(Stop::NoMemory);
        }
        self.bt.push(e);
        Ok(())
    }

    fn set_reg(&mut self, reg: usize, v: i32) -> Result<(), Stop> {
        let old = self.regs.get(reg).copied().unwrap_or(-1);
        if old != v {
            self.push(Bt::Restore {
                reg: reg as u32,
                val: old,
            })?;
            if let Some(r) = self.regs.get_mut(reg) {
                *r = v;
            }
        }
        Ok(())
    }

    #[inline]
    fn op(&self, pc: u32) -> u32 {
        self.code.get(pc as usize).copied().unwrap_or(OP_MATCH)
    }

    /// Runs from `pc` at `pos` until `MATCH` or `LOOK_END` (returning the end position) or
    /// until every choice above the entry depth has failed (None).
    fn run(
        &mut self,
        pc: u32,
        pos: usize,
        poll: &mut dyn FnMut() -> bool,
    ) -> Result<Option<usize>, Stop> {
        let floor = self.bt.len();
        self.push(Bt::Floor)?;
        let mut pc = pc;
        let mut pos = pos;
        loop {
            self.tick(poll)?;
            let ok = match self.op(pc) {
                OP_MATCH => {
                    let start = self.regs.first().copied().unwrap_or(0) as usize;
                    let bad_full = self.mode == Mode::Full && pos != self.s.len();
                    let bad_empty = self.not_empty_at == Some(start) && pos == start;
                    if !(bad_full || bad_empty) {
                        return Ok(Some(pos));
                    }
                    false
                }
                OP_LOOK_END => {
                    // Keep the register undo entries (the outer match may still backtrack
                    // over them) but drop the body's choice points: a lookaround is atomic.
                    let mut i = floor;
                    let mut j = floor;
                    while let Some(&e) = self.bt.get(j) {
                        if matches!(e, Bt::Restore { .. }) {
                            if let Some(slot) = self.bt.get_mut(i) {
                                *slot = e;
                            }
                            i += 1;
                        }
                        j += 1;
                    }
                    self.bt.truncate(i);
                    return Ok(Some(pos));
                }
                OP_CHAR | OP_CHAR_I | OP_ANY | OP_ANY_ALL | OP_SET => match self.single(pc, pos) {
                    Some(len) => {
                        pos += 1;
                        pc += len;
                        continue;
                    }
                    None => false,
                },
                OP_ANCHOR => {
                    let ok = self.anchor(self.op(pc + 1), pos);
                    pc += 2;
                    ok
                }
                OP_SPLIT => {
                    self.push(Bt::Choice {
                        pc: self.op(pc + 2),
                        pos: pos as u32,
                    })?;
                    pc = self.op(pc + 1);
                    true
                }
                OP_JMP => {
                    pc = self.op(pc + 1);
                    true
                }
                OP_SAVE => {
                    let slot = self.op(pc + 1) as usize;
                    self.set_reg(slot, pos as i32)?;
                    if slot % 2 == 1 && slot > 1 {
                        self.set_reg(self.nslots, (slot / 2) as i32)?;
                    }
                    pc += 2;
                    true
                }
                OP_BACKREF => match self.backref(self.op(pc + 1), self.op(pc + 2) != 0, pos) {
                    Some(n) => {
                        pos += n;
                        pc += 3;
                        true
                    }
                    None => false,
                },
                OP_LOOK => {
                    let (ahead, negate) = (self.op(pc + 1) != 0, self.op(pc + 2) != 0);
                    let w = self.op(pc + 3) as usize;
                    let end = self.op(pc + 4);
                    let at = if ahead { Some(pos) } else { pos.checked_sub(w) };
                    let found = match at {
                        Some(at) => {
                            let saved_mode = self.mode;
                            let saved_ne = self.not_empty_at.take();
                            self.mode = Mode::Match;
                            let r = self.run(pc + 5, at, poll);
                            self.mode = saved_mode;
                            self.not_empty_at = saved_ne;
                            r?.is_some()
                        }
                        None => false,
                    };
                    pc = end;
                    found != negate
                }
                OP_ATOMIC => {
                    let end = self.op(pc + 1);
                    let saved_mode = self.mode;
                    let saved_ne = self.not_empty_at.take();
                    self.mode = Mode::Match;
                    let r = self.run(pc + 2, pos, poll);
                    self.mode = saved_mode;
                    self.not_empty_at = saved_ne;
                    match r? {
                        Some(p) => {
                            pos = p;
                            pc = end;
                            true
                        }
                        None => false,
                    }
                }
                OP_INIT => {
                    let r = self.nslots + 1 + 2 * self.op(pc + 1) as usize;
                    self.set_reg(r, 0)?;
                    self.set_reg(r + 1, -1)?;
                    pc += 2;
                    true
                }
                OP_LOOP => {
                    let r = self.nslots + 1 + 2 * self.op(pc + 1) as usize;
                    let (min, max) = (self.op(pc + 2), self.op(pc + 3));
                    let greedy = self.op(pc + 4) != 0;
                    let exit = self.op(pc + 5);
                    let count = self.regs.get(r).copied().unwrap_or(0) as u32;
                    let mark = self.regs.get(r + 1).copied().unwrap_or(-1);
                    let body = pc + 6;
                    if count >= min && count > 0 && mark == pos as i32 {
                        // The last iteration matched nothing: more would loop forever.
                        pc = exit;
                    } else if count < min {
                        pc = body;
                    } else if count >= max {
                        pc = exit;
                    } else if greedy {
                        self.push(Bt::Choice {
                            pc: exit,
                            pos: pos as u32,
                        })?;
                        pc = body;
                    } else {
                        self.push(Bt::Choice {
                            pc: body,
                            pos: pos as u32,
                        })?;
                        pc = exit;
                    }
                    true
                }
                OP_ENTER => {
                    let r = self.nslots + 1 + 2 * self.op(pc + 1) as usize;
                    let count = self.regs.get(r).copied().unwrap_or(0);
                    self.set_reg(r, count + 1)?;
                    self.set_reg(r + 1, pos as i32)?;
                    pc += 2;
                    true
                }
                OP_REPEAT_ONE => {
                    let (min, max) = (self.op(pc + 1), self.op(pc + 2));
                    let greedy = self.op(pc + 3) != 0;
                    let next = self.op(pc + 4);
                    let item = pc + 5;
                    let mut n = 0u32;
                    let limit = if greedy { max } else { min };
                    while n < limit {
                        self.tick(poll)?;
                        if self.single(item, pos + n as usize).is_none() {
                            break;
                        }
                        n += 1;
                    }
                    if n < min {
                        false
                    } else {
                        if greedy && n > min {
                            self.push(Bt::Greedy {
                                next,
                                min_pos: (pos + min as usize) as u32,
                                pos: (pos + n as usize) as u32,
                            })?;
                        } else if !greedy && max > min {
                            self.push(Bt::Lazy {
                                item,
                                next,
                                pos: (pos + n as usize) as u32,
                                left: if max == INF { INF } else { max - min },
                            })?;
                        }
                        pos += n as usize;
                        pc = next;
                        true
                    }
                }
                _ => false,
            };
            if ok {
                continue;
            }
            // Fail: undo to the latest choice point.
            match self.backtrack(floor, poll)? {
                Some((p, q)) => {
                    pc = p;
                    pos = q;
                }
                None => return Ok(None),
            }
        }
    }

    /// Pops the backtrack stack to the next alternative; None when the floor is reached.
    fn backtrack(
        &mut self,
        floor: usize,
        poll: &mut dyn FnMut() -> bool,
    ) -> Result<Option<(u32, usize)>, Stop> {
        while self.bt.len() > floor {
            let Some(e) = self.bt.pop() else { break };
            match e {
                Bt::Floor => {}
                Bt::Restore { reg, val } => {
                    if let Some(r) = self.regs.get_mut(reg as usize) {
                        *r = val;
                    }
                }
                Bt::Choice { pc, pos } => return Ok(Some((pc, pos as usize))),
                Bt::Greedy { next, min_pos, pos } => {
                    let p = pos - 1;
                    if p > min_pos {
                        self.push(Bt::Greedy {
                            next,
                            min_pos,
                            pos: p,
                        })?;
                    }
                    return Ok(Some((next, p as usize)));
                }
                Bt::Lazy {
                    item,
                    next,
                    pos,
                    left,
                } => {
                    self.tick(poll)?;
                    if left == 0 || self.single(item, pos as usize).is_none() {
                        continue;
                    }
                    let left = if left == INF { INF } else { left - 1 };
                    if left > 0 {
                        self.push(Bt::Lazy {
                            item,
                            next,
                            pos: pos + 1,
                            left,
                        })?;
                    }
                    return Ok(Some((next, pos as usize + 1)));
                }
            }
        }
        Ok(None)
    }

    /// Matches the one-character instruction at `pc` against the char at `pos`; its length in
    /// words if it matches.
    fn single(&self, pc: u32, pos: usize) -> Option<u32> {
        let c = self.s.at(pos)?;
        match self.op(pc) {
            OP_CHAR => (c == self.op(pc + 1)).then_some(2),
            OP_CHAR_I => (self.fold(c) == self.op(pc + 1)).then_some(2),
            OP_ANY => (c != '\n' as u32).then_some(1),
            OP_ANY_ALL => Some(1),
            OP_SET => {
                let n = self.op(pc + 1);
                let flags = self.op(pc + 2);
                let mut hit = self.in_set(pc + 3, n, c);
                if !hit && flags & 2 != 0 {
                    let (l, u) = (self.fold(c), self.upper(c));
                    hit = (l != c && self.in_set(pc + 3, n, l))
                        || (u != c && self.in_set(pc + 3, n, u));
                }
                (hit != (flags & 1 != 0)).then_some(3 + n)
            }
            _ => None,
        }
    }

    fn fold(&self, c: u32) -> u32 {
        if self.ascii && c >= 128 {
            c
        } else {
            fold(c)
        }
    }

    fn upper(&self, c: u32) -> u32 {
        if self.ascii && c >= 128 {
            c
        } else {
            upper(c)
        }
    }

    fn in_set(&self, at: u32, n: u32, c: u32) -> bool {
        let mut i = 0;
        while i + 1 < n {
            let (lo, hi) = (self.op(at + i), self.op(at + i + 1));
            if hi == CAT_TAG {
                if self.category(lo & 0xFF, c) {
                    return true;
                }
            } else if lo <= c && c <= hi {
                return true;
            }
            i += 2;
        }
        false
    }

    fn category(&self, cat: u32, c: u32) -> bool {
        match cat {
            0 => self.is_digit(c),
            1 => !self.is_digit(c),
            2 => self.is_word(c),
            3 => !self.is_word(c),
            4 => self.is_space(c),
            _ => !self.is_space(c),
        }
    }

    fn is_digit(&self, c: u32) -> bool {
        if c < 128 || self.ascii {
            (b'0' as u32..=b'9' as u32).contains(&c)
        } else {
            char::from_u32(c).is_some_and(|ch| ch.is_numeric())
        }
    }

    fn is_word(&self, c: u32) -> bool {
        if c < 128 || self.ascii {
            c == '_' as u32 || (c < 128 && (c as u8).is_ascii_alphanumeric())
        } else {
            char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric())
        }
    }

    fn is_space(&self, c: u32) -> bool {
        if c < 128 || self.ascii {
            matches!(c, 9..=13 | 32) || (!self.ascii && (28..=31).contains(&c))
        } else {
            super::parse::is_space(c)
        }
    }

    fn anchor(&self, kind: u32, pos: usize) -> bool {
        let n = self.s.len();
        let nl = '\n' as u32;
        let word_before = pos > 0 && self.s.at(pos - 1).is_some_and(|c| self.is_word(c));
        let word_after = self.s.at(pos).is_some_and(|c| self.is_word(c));
        match kind {
            0 => pos == 0,
            1 => pos == 0 || self.s.at(pos - 1) == Some(nl),
            2 => pos == n,
            3 => pos == n || (pos + 1 == n && self.s.at(pos) == Some(nl)),
            4 => pos == n || self.s.at(pos) == Some(nl),
            5 => word_before != word_after,
            _ => word_before == word_after,
        }
    }

    fn backref(&self, g: u32, icase: bool, pos: usize) -> Option<usize> {
        let (a, b) = (
            *self.regs.get(2 * g as usize)?,
            *self.regs.get(2 * g as usize + 1)?,
        );
        if a < 0 || b < a {
            return None;
        }
        let len = (b - a) as usize;
        for k in 0..len {
            let (x, y) = (self.s.at(a as usize + k)?, self.s.at(pos + k)?);
            if x != y && !(icase && self.fold(x) == self.fold(y)) {
                return None;
            }
        }
        Some(len)
    }
}

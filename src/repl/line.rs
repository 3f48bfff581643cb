// SPDX-License-Identifier: MIT
//! The friendly REPL's line editor: one line typed at the end (no cursor movement yet), with
//! backspace, auto-indent and a short history (up/down arrows, as MicroPython's readline); other
//! terminal escape sequences are swallowed so they never reach the compiler.

use alloc::vec::Vec;

/// How the terminal must change after an edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Edit {
    /// Nothing to show.
    None,
    /// Echo this byte.
    Echo(u8),
    /// Echo this many spaces (a tab).
    Spaces(usize),
    /// Erase this many characters to the left of the cursor.
    Erase(usize),
    /// Erase this many characters, then show the whole (recalled) line.
    Replace(usize),
}

/// How many lines the history keeps (MicroPython keeps 8 by default).
const HISTORY: usize = 8;

/// Where an escape sequence is (ESC, then `[` or `O`, then parameters up to a final letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    Started,
    Body,
}

/// One line being typed.
pub(super) struct LineEditor {
    line: Vec<u8>,
    escape: Escape,
    /// Earlier lines, the newest first.
    history: Vec<Vec<u8>>,
    /// Which history entry is shown (None: the line being typed).
    recalled: Option<usize>,
    /// The line outgrew the memory the allocator could give and was dropped.
    pub(super) lost: bool,
}

/// The width of one indentation level, as MicroPython's auto-indent uses.
const INDENT: usize = 4;

impl LineEditor {
    pub(super) fn new() -> LineEditor {
        LineEditor {
            line: Vec::new(),
            escape: Escape::None,
            history: Vec::new(),
            recalled: None,
            lost: false,
        }
    }

    /// The line as typed so far.
    pub(super) fn line(&self) -> &[u8] {
        &self.line
    }

    /// Remembers a finished line (not blank, not a repeat of the newest entry).
    pub(super) fn remember(&mut self, line: &[u8]) {
        if line.iter().all(|&b| b == b' ') || self.history.first().is_some_and(|h| h == line) {
            return;
        }
        // A copy the allocator cannot give is simply not kept.
        let mut copy = Vec::new();
        if copy.try_reserve_exact(line.len()).is_err() {
            return;
        }
        copy.extend_from_slice(line);
        self.history.insert(0, copy);
        self.history.truncate(HISTORY);
    }

    /// Up (`older`) or down the history.
    fn recall(&mut self, older: bool) -> Edit {
        let next = match (self.recalled, older) {
            (None, true) => Some(0),
            (Some(i), true) => Some((i + 1).min(self.history.len().saturating_sub(1))),
            (Some(0), false) | (None, false) => None,
            (Some(i), false) => Some(i - 1),
        };
        let Some(entry) = next.map_or(Some(Vec::new()), |i| self.history.get(i).cloned()) else {
            return Edit::None;
        };
        let erase = chars(&self.line);
        self.recalled = next;
        self.line = entry;
        Edit::Replace(erase)
    }

    /// Starts a new line holding `initial` (the auto-indent).
    pub(super) fn reset(&mut self, initial: Vec<u8>) {
        self.line = initial;
        self.lost = false;
        self.escape = Escape::None;
        self.recalled = None;
    }

    /// Nothing typed on this line (auto-indent counts as typed, as in MicroPython).
    pub(super) fn is_empty(&self) -> bool {
        self.line.is_empty()
    }

    /// The finished line.
    pub(super) fn take(&mut self) -> Vec<u8> {
        self.escape = Escape::None;
        self.lost = false;
        core::mem::take(&mut self.line)
    }

    /// Applies one byte that is not Enter and not a REPL control key.
    pub(super) fn edit(&mut self, byte: u8) -> Edit {
        match self.escape {
            Escape::Started => {
                self.escape = if byte == b'[' || byte == b'O' {
                    Escape::Body
                } else {
                    Escape::None
                };
                return Edit::None;
            }
            Escape::Body => {
                if (0x40..=0x7e).contains(&byte) {
                    self.escape = Escape::None;
                    match byte {
                        b'A' => return self.recall(true),
                        b'B' => return self.recall(false),
                        _ => {}
                    }
                }
                return Edit::None;
            }
            Escape::None => {}
        }
        match byte {
            0x1b => {
                self.escape = Escape::Started;
                Edit::None
            }
            0x08 | 0x7f => self.backspace(),
            b'\t' if self.room(INDENT) => {
                self.line.extend_from_slice(b"    ");
                Edit::Spaces(INDENT)
            }
            0x20..=0x7e | 0x80..=0xff if self.room(1) => {
                self.line.push(byte);
                Edit::Echo(byte)
            }
            // Other control characters are ignored.
            _ => Edit::None,
        }
    }

    /// Whether the line can grow by `n` bytes. When the Rust allocator cannot give them, the
    /// line is dropped (freeing it) and marked [`LineEditor::lost`]: the REPL reports a
    /// `MemoryError` at Enter instead of the VM aborting.
    fn room(&mut self, n: usize) -> bool {
        if !self.lost && self.line.try_reserve(n).is_ok() {
            return true;
        }
        self.lost = true;
        self.line = Vec::new();
        false
    }

    /// Deletes one character, or one indentation level when only spaces precede the cursor.
    fn backspace(&mut self) -> Edit {
        if self.line.is_empty() {
            return Edit::None;
        }
        if self.line.iter().all(|&b| b == b' ') {
            let n = match self.line.len() % INDENT {
                0 => INDENT,
                r => r,
            };
            self.line.truncate(self.line.len() - n);
            return Edit::Erase(n);
        }
        // One UTF-8 character: its continuation bytes, then its first byte.
        while self.line.last().is_some_and(|&b| b & 0xc0 == 0x80) {
            self.line.pop();
        }
        self.line.pop();
        Edit::Erase(1)
    }
}

/// The indentation for the line after `prev`: the same as `prev`, one level more after a `:`,
/// none after a blank line.
pub(super) fn auto_indent(prev: &[u8]) -> Vec<u8> {
    let lead = prev.iter().take_while(|&&b| b == b' ').count();
    let content = trim_end(prev);
    if content.len() == lead {
        return Vec::new();
    }
    let mut n = lead;
    if content.last() == Some(&b':') {
        n += INDENT;
    }
    alloc::vec![b' '; n]
}

/// How many characters (not bytes) UTF-8 text holds: what the terminal shows.
fn chars(s: &[u8]) -> usize {
    s.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

fn trim_end(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t' && b != b'\r')
        .map_or(0, |i| i + 1);
    &s[..end]
}

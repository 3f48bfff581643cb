// SPDX-License-Identifier: MIT
//! The VM's open files: one buffer per file over a platform handle (`Platform::fs_*`), shared
//! by every layer of a Python file object (`FileIO`, `Buffered*`, `TextIOWrapper` all name the
//! same slot), so mixing `f.buffer.read()` with `f.read()` stays consistent.
//!
//! A file's buffer holds either bytes read ahead (`buf[pos..]` unread) or bytes written but
//! not yet passed to the platform (`dirty`), never both. Reads of text are done here too, byte
//! by byte out of the buffer: the line ends Python's newline modes recognise, and `\r\n`/`\r`
//! translated to `\n`, are bytes, so the caller only decodes whole UTF-8 characters.
//!
//! The table lives in the `Vm` (Rust memory, not the Python heap); a slot also remembers the
//! Python object that owns it, which the heap watches, so a file nobody can reach is closed
//! after the collection that frees it ([`FileTable::reap`]), and every file is closed when the
//! VM is dropped.
#![forbid(unsafe_code)]

use alloc::vec::Vec;

use crate::gc::Value;
use crate::hal::{Errno, Platform};

/// Bytes read from the platform at a time, and the write buffer's size: small on a device,
/// where the buffer is taken from the embedder's allocator.
const CHUNK: usize = if cfg!(feature = "std") { 8192 } else { 256 };

/// EIO/ENOSPC: a write that made no progress (Zephyr's `fs_write` reports a full disk as a
/// short count).
const ENOSPC: Errno = 28;

/// How reading recognises (and translates) line ends: Python's `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// Binary files and `newline='\n'`: lines end at `\n`, nothing translated.
    Lf,
    /// `newline=None`: `\n`, `\r` and `\r\n` end lines and read as `\n`.
    Universal,
    /// `newline=''`: the same line ends, returned untranslated.
    UniversalKeep,
    /// `newline='\r'`.
    Cr,
    /// `newline='\r\n'`.
    CrLf,
}

/// One open file.
pub struct OpenFile {
    /// The platform's handle.
    pub handle: i32,
    /// The Python object whose collection closes the file (watched by the heap).
    pub owner: Value,
    buf: Vec<u8>,
    pos: usize,
    dirty: bool,
}

/// The open files, by slot number (what the Python objects hold).
#[derive(Default)]
pub struct FileTable {
    slots: Vec<Option<OpenFile>>,
}

impl FileTable {
    /// Registers a file the platform opened; returns its slot.
    pub fn insert(&mut self, handle: i32, owner: Value) -> usize {
        let f = OpenFile {
            handle,
            owner,
            buf: Vec::new(),
            pos: 0,
            dirty: false,
        };
        match self.slots.iter().position(Option::is_none) {
            Some(i) => {
                self.slots[i] = Some(f);
                i
            }
            None => {
                self.slots.push(Some(f));
                self.slots.len() - 1
            }
        }
    }

    /// The open file in `slot`.
    pub fn get(&mut self, slot: usize) -> Option<&mut OpenFile> {
        self.slots.get_mut(slot).and_then(Option::as_mut)
    }

    /// Flushes and closes the file in `slot` (the first error is reported; the file is closed
    /// anyway).
    pub fn close(&mut self, p: &mut dyn Platform, slot: usize) -> Result<(), Errno> {
        let Some(mut f) = self.slots.get_mut(slot).and_then(Option::take) else {
            return Ok(());
        };
        let flushed = f.flush(p);
        let closed = p.fs_close(f.handle);
        flushed.and(closed)
    }

    /// Passes every file's written bytes to the platform, so another handle, `os.stat` or a
    /// program reading the file sees them (what CPython's immediate finalisation gives
    /// `open(p, 'w').write(s)`).
    pub fn flush_all(&mut self, p: &mut dyn Platform) {
        for f in self.slots.iter_mut().flatten() {
            let _ = f.flush(p);
        }
    }

    /// Closes the files whose owners the collector freed (errors have nobody to go to).
    pub fn reap(&mut self, p: &mut dyn Platform, freed: &[Value]) {
        for v in freed {
            if let Some(i) = self
                .slots
                .iter()
                .position(|s| s.as_ref().is_some_and(|f| f.owner == *v))
            {
                let _ = self.close(p, i);
            }
        }
    }

    /// Closes everything (the VM is stopping).
    pub fn close_all(&mut self, p: &mut dyn Platform) {
        for i in 0..self.slots.len() {
            let _ = self.close(p, i);
        }
    }
}

impl OpenFile {
    /// Writes out buffered bytes.
    pub fn flush(&mut self, p: &mut dyn Platform) -> Result<(), Errno> {
        if !self.dirty {
            return Ok(());
        }
        let r = write_all(p, self.handle, &self.buf);
        self.buf.clear();
        self.pos = 0;
        self.dirty = false;
        r
    }

    /// Makes the platform's position the logical one: flushes writes, or steps back over bytes
    /// read ahead.
    fn settle(&mut self, p: &mut dyn Platform) -> Result<(), Errno> {
        if self.dirty {
            return self.flush(p);
        }
        let unread = self.buf.len() - self.pos.min(self.buf.len());
        self.buf.clear();
        self.pos = 0;
        if unread > 0 {
            p.fs_seek(self.handle, -(unread as i64), 1)?;
        }
        Ok(())
    }

    /// The next byte without consuming it.
    fn peek(&mut self, p: &mut dyn Platform) -> Result<Option<u8>, Errno> {
        if self.pos >= self.buf.len() && !self.fill(p)? {
            return Ok(None);
        }
        Ok(self.buf.get(self.pos).copied())
    }

    /// Reads the next chunk into the (empty) buffer; false at the end of the file.
    fn fill(&mut self, p: &mut dyn Platform) -> Result<bool, Errno> {
        self.flush(p)?;
        self.buf.clear();
        self.buf.resize(CHUNK, 0);
        self.pos = 0;
        match p.fs_read(self.handle, &mut self.buf) {
            Ok(n) => {
                self.buf.truncate(n.min(CHUNK));
                Ok(n > 0)
            }
            Err(e) => {
                self.buf.clear();
                Err(e)
            }
        }
    }

    /// Reads `n` bytes (all that is left when None); fewer at the end of the file.
    pub fn read_bytes(&mut self, p: &mut dyn Platform, n: Option<usize>) -> Result<Vec<u8>, Errno> {
        self.flush(p)?;
        let mut out = Vec::new();
        loop {
            let want = n.map_or(usize::MAX, |n| n - out.len());
            if want == 0 {
                break;
            }
            if self.pos >= self.buf.len() && !self.fill(p)? {
                break;
            }
            let avail = &self.buf[self.pos..];
            let take = avail.len().min(want);
            out.extend_from_slice(&avail[..take]);
            self.pos += take;
        }
        Ok(out)
    }

    /// Reads text: at most `limit` characters (bytes when `binary`; None: no limit), stopping
    /// after a line end when `line`. Returns UTF-8 bytes with line ends translated as `nl`
    /// says; a character's continuation bytes are never separated from it (they do not count
    /// toward the limit), so the caller decodes whole characters.
    pub fn read_text(
        &mut self,
        p: &mut dyn Platform,
        limit: Option<usize>,
        nl: Newline,
        binary: bool,
        line: bool,
    ) -> Result<Vec<u8>, Errno> {
        self.flush(p)?;
        let mut out = Vec::new();
        let mut count = 0usize;
        while let Some(b) = self.peek(p)? {
            let continuation = !binary && (0x80..0xc0).contains(&b);
            if !continuation {
                if limit.is_some_and(|l| count >= l) {
                    break;
                }
                count += 1;
            }
            self.pos += 1;
            let ends_line = match (b, nl) {
                (b'\r', Newline::Universal | Newline::UniversalKeep) => {
                    let crlf = self.peek(p)? == Some(b'\n');
                    if crlf {
                        self.pos += 1;
                    }
                    match (nl, crlf) {
                        (Newline::Universal, _) => out.push(b'\n'),
                        (_, true) => out.extend_from_slice(b"\r\n"),
                        _ => out.push(b'\r'),
                    }
                    true
                }
                (b'\n', Newline::CrLf) => {
                    out.push(b);
                    out.ends_with(b"\r\n")
                }
                (b'\n', Newline::Cr) => {
                    out.push(b);
                    false
                }
                (b'\n', _) | (b'\r', Newline::Cr) => {
                    out.push(b);
                    true
                }
                _ => {
                    out.push(b);
                    false
                }
            };
            if line && ends_line {
                break;
            }
        }
        Ok(out)
    }

    /// Writes `data` (through the buffer); returns its length.
    pub fn write(&mut self, p: &mut dyn Platform, data: &[u8]) -> Result<usize, Errno> {
        if !self.dirty {
            self.settle(p)?;
            self.dirty = true;
        }
        if self.buf.len() + data.len() > CHUNK {
            self.flush(p)?;
            if data.len() >= CHUNK {
                write_all(p, self.handle, data)?;
                return Ok(data.len());
            }
            self.dirty = true;
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    /// Moves the position (`whence` 0, 1, 2 as `os.SEEK_*`); returns the new position.
    pub fn seek(&mut self, p: &mut dyn Platform, offset: i64, whence: u8) -> Result<u64, Errno> {
        self.settle(p)?;
        p.fs_seek(self.handle, offset, whence)
    }

    /// Sets the file's length to `len` (None: the current position); the position stays.
    pub fn truncate(&mut self, p: &mut dyn Platform, len: Option<u64>) -> Result<u64, Errno> {
        self.settle(p)?;
        let len = match len {
            Some(n) => n,
            None => p.fs_seek(self.handle, 0, 1)?,
        };
        p.fs_truncate(self.handle, len)?;
        Ok(len)
    }

    /// The logical position (after buffered writes, before bytes read ahead).
    pub fn tell(&mut self, p: &mut dyn Platform) -> Result<u64, Errno> {
        self.flush(p)?;
        let here = p.fs_seek(self.handle, 0, 1)?;
        let unread = self.buf.len() - self.pos.min(self.buf.len());
        Ok(here.saturating_sub(unread as u64))
    }
}

/// Writes all of `data`, however many calls the platform needs.
fn write_all(p: &mut dyn Platform, h: i32, mut data: &[u8]) -> Result<(), Errno> {
    while !data.is_empty() {
        match p.fs_write(h, data)? {
            0 => return Err(ENOSPC),
            n => data = &data[n.min(data.len())..],
        }
    }
    Ok(())
}

// SPDX-License-Identifier: MIT
//! The platform seam: everything the VM needs from the world. The host command implements it
//! over `std`; the C API implements it over a table of callbacks from the embedder.
#![forbid(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

/// An error from a platform service: a positive errno value in Linux numbering (the numbers of
/// the `errno` module), which the VM raises as the matching `OSError` subclass.
pub type Errno = i32;

/// "No such device": what every filesystem service answers on a platform without one.
pub const ENODEV: Errno = 19;

/// The flags of [`Platform::fs_open`]: the values of Zephyr's `FS_O_*` (and of the C API's
/// `PYRITE_FS_O_*`), so a Zephyr port passes them straight to `fs_open`.
pub mod open_flags {
    /// Open for reading.
    pub const READ: u32 = 0x01;
    /// Open for writing.
    pub const WRITE: u32 = 0x02;
    /// Create the file if it does not exist.
    pub const CREATE: u32 = 0x10;
    /// Every write goes to the end of the file.
    pub const APPEND: u32 = 0x20;
    /// Truncate an existing file to length 0.
    pub const TRUNC: u32 = 0x40;
    /// With `CREATE`: fail with `EEXIST` if the file exists (Python's `x` mode). Not a Zephyr
    /// flag: the C platform checks with `fs_stat` first and never passes it on.
    pub const EXCL: u32 = 0x80;
}

/// What `stat` reports. A platform fills what it knows; the rest stays 0 (Zephyr's `fs_stat`
/// gives only the type and size, as MicroPython reports there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileStat {
    /// `st_mode`: the type bits (`0o040000` directory, `0o100000` file) and permissions.
    pub mode: u32,
    /// `st_ino`.
    pub ino: u64,
    /// `st_dev`.
    pub dev: u64,
    /// `st_nlink`.
    pub nlink: u64,
    /// `st_uid`.
    pub uid: u32,
    /// `st_gid`.
    pub gid: u32,
    /// `st_size` in bytes.
    pub size: u64,
    /// `st_atime`, `st_mtime`, `st_ctime` in whole seconds since the epoch.
    pub times: [i64; 3],
}

/// The type bits of a directory in `FileStat::mode`.
pub const S_IFDIR: u32 = 0o040000;
/// The type bits of a regular file in `FileStat::mode`.
pub const S_IFREG: u32 = 0o100000;

/// One entry of a directory listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirEntry {
    /// The entry's name (no directory part).
    pub name: String,
    /// Is it a directory?
    pub is_dir: bool,
    /// Its inode number, 0 if unknown.
    pub ino: u64,
    /// Its size in bytes, if the listing gives it (MicroPython's `ilistdir` then adds a fourth
    /// item to the entry; its unix port does not).
    pub size: Option<u64>,
}

/// What a platform provides. Every method has a harmless default so small ports implement only
/// what they have.
pub trait Platform {
    /// Writes bytes to standard output (the console).
    fn write(&mut self, bytes: &[u8]);

    /// Writes bytes to standard error (defaults to standard output, as on a UART).
    fn write_err(&mut self, bytes: &[u8]) {
        self.write(bytes);
    }

    /// Reads one line from standard input for `input()`, without the newline; None at end of
    /// input.
    fn read_line(&mut self) -> Option<Vec<u8>> {
        None
    }

    /// Milliseconds from an arbitrary start (wraps).
    fn ticks_ms(&mut self) -> u64 {
        0
    }

    /// Microseconds from an arbitrary start (wraps).
    fn ticks_us(&mut self) -> u64 {
        self.ticks_ms().wrapping_mul(1000)
    }

    /// Seconds since the Unix epoch, if the platform has a clock.
    fn time_ns(&mut self) -> u64 {
        self.ticks_us().wrapping_mul(1000)
    }

    /// Sleeps (the VM calls it in short slices so interrupts are seen).
    fn sleep_ms(&mut self, _ms: u32) {}

    /// Reads bytes from standard input into `buf`, waiting for at least one; 0 at end of input.
    fn read_stdin(&mut self, _buf: &mut [u8]) -> usize {
        0
    }

    /// Can `read_stdin` return at least one byte (or end of input) without waiting? For
    /// `select.poll` on `sys.stdin`; a port with a UART receive buffer answers from it.
    fn stdin_ready(&mut self) -> bool {
        false
    }

    /// An environment variable (`os.getenv`); devices have none.
    fn getenv(&mut self, _name: &str) -> Option<String> {
        None
    }

    /// Fills `buf` with random bytes from the platform's entropy source (`os.urandom`).
    fn urandom(&mut self, _buf: &mut [u8]) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Reads a whole file (module source for `import`); None if absent. By default through the
    /// filesystem services below.
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        let h = self.fs_open(path, open_flags::READ).ok()?;
        let mut out = Vec::new();
        let mut chunk = [0u8; 256];
        let ok = loop {
            match self.fs_read(h, &mut chunk) {
                Ok(0) => break true,
                Ok(n) => out.extend_from_slice(&chunk[..n.min(chunk.len())]),
                Err(_) => break false,
            }
        };
        let _ = self.fs_close(h);
        ok.then_some(out)
    }

    /// Is `path` a directory (a package, for `import`)?
    fn is_dir(&mut self, path: &str) -> bool {
        self.fs_stat(path)
            .is_ok_and(|s| s.mode & 0o170000 == S_IFDIR)
    }

    // ---- the filesystem: every service answers ENODEV unless the platform has one ----
    // The calls mirror Zephyr's fs API (fs_open, fs_read, ... fs_rename); handles are small
    // non-negative integers the platform chooses.

    /// Opens `path` with [`open_flags`]; returns a handle.
    fn fs_open(&mut self, _path: &str, _flags: u32) -> Result<i32, Errno> {
        Err(ENODEV)
    }

    /// Closes a handle from `fs_open`.
    fn fs_close(&mut self, _h: i32) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Reads up to `buf.len()` bytes; 0 at the end of the file.
    fn fs_read(&mut self, _h: i32, _buf: &mut [u8]) -> Result<usize, Errno> {
        Err(ENODEV)
    }

    /// Writes bytes; returns how many were written.
    fn fs_write(&mut self, _h: i32, _buf: &[u8]) -> Result<usize, Errno> {
        Err(ENODEV)
    }

    /// Moves the file position (`whence` 0 start, 1 current, 2 end); returns the new position.
    fn fs_seek(&mut self, _h: i32, _offset: i64, _whence: u8) -> Result<u64, Errno> {
        Err(ENODEV)
    }

    /// Sets a file's length (cutting it, or extending it with zero bytes).
    fn fs_truncate(&mut self, _h: i32, _len: u64) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Opens a directory for listing; returns a handle.
    fn fs_opendir(&mut self, _path: &str) -> Result<i32, Errno> {
        Err(ENODEV)
    }

    /// The next entry of a directory (never `.` or `..`); None at the end.
    fn fs_readdir(&mut self, _h: i32) -> Result<Option<DirEntry>, Errno> {
        Err(ENODEV)
    }

    /// Closes a handle from `fs_opendir`.
    fn fs_closedir(&mut self, _h: i32) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Facts about a file or directory.
    fn fs_stat(&mut self, _path: &str) -> Result<FileStat, Errno> {
        Err(ENODEV)
    }

    /// Makes a directory.
    fn fs_mkdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Removes a file (`EISDIR` for a directory, as on Linux).
    fn fs_remove(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Removes an empty directory (`ENOTDIR` for a file, `ENOTEMPTY` if not empty).
    fn fs_rmdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// Renames (moves) a file or directory, replacing a file at `to`.
    fn fs_rename(&mut self, _from: &str, _to: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }

    /// The current directory.
    fn getcwd(&mut self) -> Result<String, Errno> {
        Err(ENODEV)
    }

    /// Changes the current directory.
    fn chdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
}

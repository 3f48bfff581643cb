// SPDX-License-Identifier: MIT
//! The filesystem services of [`Platform`](crate::hal::Platform) over `std::fs`, for the host
//! command (and any `std` embedder): a table of open files and directory listings behind the
//! integer handles the trait speaks. On unix a file's handle is its file descriptor, so
//! `fileno()` is the real one.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, ReadDir};
use std::io::{Read, Seek, SeekFrom, Write};
use std::string::String;

use crate::hal::{open_flags, DirEntry, Errno, FileStat};

/// EIO: what an error without an OS error number becomes.
const EIO: Errno = 5;
/// EBADF: a handle that is not open.
const EBADF: Errno = 9;
/// EISDIR: opening a directory as a file.
const EISDIR: Errno = 21;
/// EINVAL: a bad argument (a negative seek).
const EINVAL: Errno = 22;

fn errno(e: std::io::Error) -> Errno {
    e.raw_os_error().unwrap_or(EIO)
}

/// Open files and directory listings by handle.
#[derive(Default)]
pub struct StdFiles {
    files: BTreeMap<i32, File>,
    dirs: BTreeMap<i32, ReadDir>,
    /// The next handle for platforms without file descriptors, and for directory listings.
    next: i32,
}

impl StdFiles {
    fn new_handle(&mut self) -> i32 {
        // Handles that are not file descriptors (directory listings, and files where there
        // are no descriptors) start at 2^30, above any descriptor, so the kinds never collide.
        loop {
            self.next = self.next.wrapping_add(1) & 0x3fff_ffff;
            let h = self.next + 0x4000_0000;
            if !self.files.contains_key(&h) && !self.dirs.contains_key(&h) {
                return h;
            }
        }
    }

    /// `Platform::fs_open`.
    pub fn open(&mut self, path: &str, flags: u32) -> Result<i32, Errno> {
        let mut o = OpenOptions::new();
        o.read(flags & open_flags::READ != 0)
            .write(flags & open_flags::WRITE != 0)
            .append(flags & open_flags::APPEND != 0);
        if flags & open_flags::EXCL != 0 {
            o.create_new(true);
        } else {
            o.create(flags & open_flags::CREATE != 0)
                .truncate(flags & open_flags::TRUNC != 0);
        }
        let f = o.open(path).map_err(errno)?;
        // Linux opens a directory for reading; Python refuses, as reading it would fail.
        if f.metadata().map_err(errno)?.is_dir() {
            return Err(EISDIR);
        }
        #[cfg(unix)]
        let h = std::os::fd::AsRawFd::as_raw_fd(&f);
        #[cfg(not(unix))]
        let h = self.new_handle();
        self.files.insert(h, f);
        Ok(h)
    }

    fn file(&mut self, h: i32) -> Result<&mut File, Errno> {
        self.files.get_mut(&h).ok_or(EBADF)
    }

    /// `Platform::fs_close`.
    pub fn close(&mut self, h: i32) -> Result<(), Errno> {
        self.files.remove(&h).map(drop).ok_or(EBADF)
    }

    /// `Platform::fs_read`.
    pub fn read(&mut self, h: i32, buf: &mut [u8]) -> Result<usize, Errno> {
        let f = self.file(h)?;
        loop {
            match f.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => return r.map_err(errno),
            }
        }
    }

    /// `Platform::fs_write`.
    pub fn write(&mut self, h: i32, buf: &[u8]) -> Result<usize, Errno> {
        self.file(h)?.write_all(buf).map_err(errno)?;
        Ok(buf.len())
    }

    /// `Platform::fs_seek`.
    pub fn seek(&mut self, h: i32, offset: i64, whence: u8) -> Result<u64, Errno> {
        let pos = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| EINVAL)?),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(EINVAL),
        };
        self.file(h)?.seek(pos).map_err(errno)
    }

    /// `Platform::fs_truncate`.
    pub fn truncate(&mut self, h: i32, len: u64) -> Result<(), Errno> {
        self.file(h)?.set_len(len).map_err(errno)
    }

    /// `Platform::fs_opendir`.
    pub fn opendir(&mut self, path: &str) -> Result<i32, Errno> {
        let rd = std::fs::read_dir(path).map_err(errno)?;
        let h = self.new_handle();
        self.dirs.insert(h, rd);
        Ok(h)
    }

    /// `Platform::fs_readdir`.
    pub fn readdir(&mut self, h: i32) -> Result<Option<DirEntry>, Errno> {
        let rd = self.dirs.get_mut(&h).ok_or(EBADF)?;
        let Some(e) = rd.next() else {
            return Ok(None);
        };
        let e = e.map_err(errno)?;
        let is_dir = e.file_type().map_err(errno)?.is_dir();
        #[cfg(unix)]
        let ino = std::os::unix::fs::DirEntryExt::ino(&e);
        #[cfg(not(unix))]
        let ino = 0;
        Ok(Some(DirEntry {
            name: e.file_name().to_string_lossy().into_owned(),
            is_dir,
            ino,
            size: None,
        }))
    }

    /// `Platform::fs_closedir`.
    pub fn closedir(&mut self, h: i32) -> Result<(), Errno> {
        self.dirs.remove(&h).map(drop).ok_or(EBADF)
    }

    /// `Platform::fs_stat`.
    pub fn stat(&mut self, path: &str) -> Result<FileStat, Errno> {
        let m = std::fs::metadata(path).map_err(errno)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Ok(FileStat {
                mode: m.mode(),
                ino: m.ino(),
                dev: m.dev(),
                nlink: m.nlink(),
                uid: m.uid(),
                gid: m.gid(),
                size: m.size(),
                times: [m.atime(), m.mtime(), m.ctime()],
            })
        }
        #[cfg(not(unix))]
        {
            Ok(FileStat {
                mode: if m.is_dir() {
                    crate::hal::S_IFDIR
                } else {
                    crate::hal::S_IFREG
                },
                size: m.len(),
                ..FileStat::default()
            })
        }
    }

    /// `Platform::fs_mkdir`.
    pub fn mkdir(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::create_dir(path).map_err(errno)
    }

    /// `Platform::fs_remove`.
    pub fn remove(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::remove_file(path).map_err(errno)
    }

    /// `Platform::fs_rmdir`.
    pub fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::remove_dir(path).map_err(errno)
    }

    /// `Platform::fs_rename`.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        std::fs::rename(from, to).map_err(errno)
    }
}

/// `Platform::getcwd`.
pub fn getcwd() -> Result<String, Errno> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(errno)
}

/// `Platform::chdir`.
pub fn chdir(path: &str) -> Result<(), Errno> {
    std::env::set_current_dir(path).map_err(errno)
}

/// `Platform::urandom`: the kernel's generator.
pub fn urandom(buf: &mut [u8]) -> Result<(), Errno> {
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(buf))
        .map_err(errno)
}

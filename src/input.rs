//! Every local input named on the command line (`-` for stdin, `@path` for a file) is read here,
//! under one size cap: a secret, a JSON body, a CA bundle and the credentials file are all small,
//! and `yes |` or `@/dev/zero` must end in a clear error, not in gigabytes of memory.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{self, ErrorKind, IsTerminal, Read};
use std::path::Path;

/// 1 MiB: far above any secret, provider body or CA bundle.
pub const MAX_INPUT_BYTES: u64 = 1 << 20;

/// Reads stdin for `flag`, refusing a terminal (it would wait for typing nobody expects).
pub fn read_stdin(flag: &str, usage: &str) -> Result<String> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return Err(Error::usage(format!("{flag} - reads from stdin, but stdin is a terminal")).hint(usage.to_owned()));
    }
    let bytes = read_capped(stdin.lock()).map_err(|err| input_error(flag, "stdin", err, "after `@`"))?;
    into_text(flag, "stdin", bytes)
}

/// Reads the file at `path` for `flag` (given as `@path`): it must be a regular file within the cap.
pub fn read_path(flag: &str, path: &Path) -> Result<String> {
    let bytes = read_file(path).map_err(|err| input_error(flag, &path.display().to_string(), err, "after `@`"))?;
    into_text(flag, &path.display().to_string(), bytes)
}

/// As [`read_path`], for a flag whose value is the path itself (`-f FILE`).
pub fn read_named_path(flag: &str, path: &Path) -> Result<String> {
    let after = format!("given to {flag}");
    let bytes = read_file(path).map_err(|err| input_error(flag, &path.display().to_string(), err, &after))?;
    into_text(flag, &path.display().to_string(), bytes)
}

/// The bytes of a regular file (symlinks followed) within the cap. A FIFO would block forever and
/// a device never ends, so anything else is refused before it is opened.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        let kind = if meta.is_dir() { "a directory" } else { "not a regular file (a FIFO, socket or device)" };
        return Err(io::Error::new(ErrorKind::InvalidInput, format!("it is {kind}; use `-` to read a stream")));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    read_capped(File::open(path)?)
}

/// The permission bits of a file other users can read or write, if they can: a file holding a
/// secret or the token deserves a warning then (read, it leaks; written, it is swapped). The one
/// check for secret files, the credentials file and doctor; always None on Windows (see
/// [`crate::platform`]).
pub fn open_to_others(path: &Path) -> Option<crate::platform::OpenToOthers> {
    crate::platform::file_access(path).ok().and_then(crate::platform::FileAccess::open_to_others)
}

fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn too_large() -> io::Error {
    io::Error::new(ErrorKind::FileTooLarge, format!("it is over the {} MiB limit", MAX_INPUT_BYTES >> 20))
}

/// `path_is`: where the path was written, for the hint (`after `@``, `given to -f`).
fn input_error(flag: &str, from: &str, err: io::Error, path_is: &str) -> Error {
    let error = Error::usage(format!("cannot read {flag} from {from}: {err}"));
    match err.kind() {
        ErrorKind::FileTooLarge => error.hint(format!("{flag} takes at most {} MiB", MAX_INPUT_BYTES >> 20)),
        ErrorKind::InvalidInput => error.hint(format!("pass a regular file, or pipe the stream into {flag} -")),
        _ => error.hint(format!("check the path {path_is}: the file must exist and be readable")),
    }
}

fn into_text(flag: &str, from: &str, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("cannot read {flag} from {from}: it is not UTF-8 text")).hint(format!("{flag} takes text"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_directories_devices_and_oversized_files() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_path("--input", dir.path()).unwrap_err();
        assert!(err.message.contains("a directory; use `-`"), "{}", err.message);
        #[cfg(unix)]
        {
            let err = read_path("--token", Path::new("/dev/zero")).unwrap_err();
            assert!(err.message.contains("not a regular file"), "{}", err.message);
        }
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'a'; MAX_INPUT_BYTES as usize + 1]).unwrap();
        let err = read_path("--secret", &big).unwrap_err();
        assert!(err.message.contains("over the 1 MiB limit") && err.hints[0].contains("at most 1 MiB"));
        std::fs::write(&big, vec![b'a'; MAX_INPUT_BYTES as usize]).unwrap();
        assert_eq!(read_path("--secret", &big).unwrap().len(), MAX_INPUT_BYTES as usize);
    }

    #[test]
    fn caps_a_stream_without_reading_it_all() {
        let endless = io::repeat(b'y');
        assert_eq!(read_capped(endless).unwrap_err().kind(), ErrorKind::FileTooLarge);
    }
}

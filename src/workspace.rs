//! The workspace link: `.alter/app.json` in a directory names the app for every command run in
//! it or below it, like a checked-in project setting.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const LINK_FILE: &str = ".alter/app.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Link {
    pub app_id: String,
    #[serde(default)]
    pub app_name: Option<String>,
}

/// The nearest link walking up from `start`, with the file it came from.
pub fn find(start: &Path) -> Result<Option<(PathBuf, Link)>> {
    for dir in start.ancestors() {
        let path = dir.join(LINK_FILE);
        if path.is_file() {
            // Through the one capped reader: a checked-out repository may hold any file here.
            let bytes = crate::input::read_file(&path)
                .map_err(|err| Error::usage(format!("cannot read the workspace link {}: {err}", path.display())))?;
            let link = serde_json::from_slice(&bytes).map_err(|err| {
                Error::usage(format!("the workspace link {} is not valid ({err})", path.display()))
                    .hint("re-create it with `alter link --app APP`, or remove it with `alter unlink`")
            })?;
            return Ok(Some((path, link)));
        }
    }
    Ok(None)
}

pub fn write(dir: &Path, link: &Link) -> Result<PathBuf> {
    let path = dir.join(LINK_FILE);
    let fail = |err: std::io::Error| Error::usage(format!("cannot write the workspace link {}: {err}", path.display()));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let text = serde_json::to_string_pretty(link).map_err(|err| Error::unexpected(err.to_string()))?;
    std::fs::write(&path, text + "\n").map_err(fail)?;
    Ok(path)
}

pub fn remove(path: &Path) -> Result<()> {
    std::fs::remove_file(path)
        .map_err(|err| Error::usage(format!("cannot remove the workspace link {}: {err}", path.display())))?;
    // The directory is ours; leave it only if the user put something else there.
    if let Some(dir) = path.parent() {
        let _ = std::fs::remove_dir(dir);
    }
    Ok(())
}

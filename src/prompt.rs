//! Questions to a person, only when there is one: stdin and stderr both terminals. Without a
//! terminal a question is an error that says which flag answers it, never a hang.

use crate::error::{Error, Result};
use crate::exit::ExitCode;
use crate::secret::Secret;
use std::io::IsTerminal;

pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Checked before any request, so a CI job missing `--yes` fails at once.
pub fn require_confirmation_possible(yes: bool, action: &str) -> Result<()> {
    if yes || interactive() {
        return Ok(());
    }
    Err(Error::usage(format!("{action} needs confirmation, and there is no terminal to ask on"))
        .hint("pass --yes to confirm non-interactively"))
}

/// Asks `question` (default: no) unless `yes`; a "no" is exit 130.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    require_confirmation_possible(false, "this")?;
    let answer = dialoguer::Confirm::new()
        .with_prompt(crate::scrub::human(question))
        .default(false)
        .interact()
        .map_err(|err| Error::new(ExitCode::Cancelled, format!("cancelled ({err})")))?;
    if answer {
        Ok(())
    } else {
        Err(Error::new(ExitCode::Cancelled, "cancelled: nothing was changed"))
    }
}

/// Hidden input on the terminal.
pub fn hidden(prompt: &str) -> Result<Secret> {
    let value = rpassword::prompt_password(prompt)
        .map_err(|err| Error::new(ExitCode::Cancelled, format!("cancelled ({err})")))?;
    Ok(Secret::new(value.trim().to_owned()))
}

//! Request bodies for create and update, from flags or `--input`, checked locally so bad input
//! never reaches the network.

use crate::api::models::{CreateIdentityProvider, UpdateIdentityProvider, WalletInput};
use crate::api::RenderedRequest;
use crate::cli::ProviderFields;
use crate::context::Context;
use crate::error::{Error, Result};
use serde::de::DeserializeOwned;

pub fn create_from_flags(issuer_url: &str, fields: &ProviderFields, ctx: &Context) -> Result<CreateIdentityProvider> {
    Ok(CreateIdentityProvider {
        issuer_url: issuer_url.to_owned(),
        audience: non_empty(&fields.audience),
        user_id_claim: non_empty(&fields.user_id_claim),
        group_claim: non_empty(&fields.group_claim),
        role_claim: non_empty(&fields.role_claim),
        group_claim_stable_ids: fields.group_claim_stable_ids,
        wallet: wallet(fields, ctx)?,
    })
}

pub fn update_from_flags(
    fields: &ProviderFields,
    remove_wallet: bool,
    ctx: &Context,
) -> Result<UpdateIdentityProvider> {
    let clearable = |v: &Option<String>| v.as_ref().map(|v| Some(v.clone()).filter(|v| !v.is_empty()));
    let user_id_claim = match fields.user_id_claim.as_deref() {
        Some("") => return Err(Error::usage("--user-id-claim cannot be empty: every provider needs a user-id claim")),
        other => other.map(str::to_owned),
    };
    let body = UpdateIdentityProvider {
        audience: clearable(&fields.audience),
        user_id_claim,
        group_claim: clearable(&fields.group_claim),
        role_claim: clearable(&fields.role_claim),
        group_claim_stable_ids: fields.group_claim_stable_ids,
        wallet: if remove_wallet { Some(None) } else { wallet(fields, ctx)?.map(Some) },
    };
    if body.is_empty() {
        return Err(Error::usage("nothing to update")
            .hint("pass at least one of --audience, --user-id-claim, --group-claim, --role-claim, --group-claim-stable-ids, the wallet flags, --remove-wallet or --input"));
    }
    Ok(body)
}

/// Parses `--input @path|-` as `T`, naming an unknown field or the line and column of bad JSON.
pub fn from_input<T: DeserializeOwned>(spec: &str, schema: &str) -> Result<T> {
    let text = if spec == "-" {
        crate::input::read_stdin(
            "--input",
            "pipe the JSON body in (`alter ... --input - < body.json`) or use --input @path",
        )?
    } else if let Some(path) = spec.strip_prefix('@') {
        crate::input::read_path("--input", std::path::Path::new(path))?
    } else {
        return Err(Error::usage(format!("--input takes @path or - (stdin), not `{spec}`"))
            .hint(format!("use --input @{spec} to read that file")));
    };
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|err| {
        Error::usage(format!("--input is not a valid {schema} body: {err}"))
            .hint(format!("the fields are those of the contract's {schema} object"))
    })
}

/// What `--dry-run` prints: the request the client would send, secrets as `***`.
pub fn dry_run(ctx: &Context, request: &RenderedRequest) -> Result<()> {
    ctx.output.note("Dry run: nothing was sent.");
    ctx.output.document(request)
}

fn wallet(fields: &ProviderFields, ctx: &Context) -> Result<Option<WalletInput>> {
    let (Some(client_id), Some(spec)) = (&fields.wallet_client_id, &fields.wallet_client_secret) else {
        return Ok(None);
    };
    if client_id.is_empty() {
        return Err(Error::usage("--wallet-client-id is empty"));
    }
    let client_secret = ctx.read_secret("--wallet-client-secret", spec)?;
    Ok(Some(WalletInput { client_id: client_id.clone(), client_secret }))
}

fn non_empty(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.is_empty())
}

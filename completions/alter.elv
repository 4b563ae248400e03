
use builtin;
use str;

set edit:completion:arg-completer[alter] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'alter'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'alter'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand identity-providers 'Stand up the app''s end-user identity provider (OIDC)'
            cand idp 'Stand up the app''s end-user identity provider (OIDC)'
            cand auth 'Sign in to Alter, check who you are, sign out'
            cand link 'Link the current directory to an app, so commands run here use it'
            cand unlink 'Remove the workspace link that applies to the current directory'
            cand doctor 'Check this machine, the account, the app and its identity provider, with the fix for each problem'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand create 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand configure 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand list 'List the app''s identity providers'
            cand show 'Show one identity provider'
            cand update 'Change the audience, claim mappings or wallet credentials'
            cand delete 'Remove the identity provider (to switch providers)'
            cand webhook 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
            cand directory-import 'Directory sync: the read-only management credential and import runs'
            cand check-token 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
            cand export 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
            cand diff 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
            cand apply 'Make the app''s provider match a file: create it, patch what differs, or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand create 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand configure 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand list 'List the app''s identity providers'
            cand show 'Show one identity provider'
            cand update 'Change the audience, claim mappings or wallet credentials'
            cand delete 'Remove the identity provider (to switch providers)'
            cand webhook 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
            cand directory-import 'Directory sync: the read-only management credential and import runs'
            cand check-token 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
            cand export 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
            cand diff 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
            cand apply 'Make the app''s provider match a file: create it, patch what differs, or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;discover'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Run discovery on this machine instead of through the control plane (no account, no app)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;discover'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Run discovery on this machine instead of through the control plane (no account, no app)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;create'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;configure'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;create'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;configure'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;list'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;list'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;show'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;show'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;update'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --remove-wallet 'Remove wallet sign-in'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;update'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --audience 'Expected JWT `aud`; tokens without a matching audience are rejected'
            cand --user-id-claim 'The claim identifying the user [default: auto-detected, usually sub]'
            cand --group-claim 'The group-membership claim [default: auto-detected]'
            cand --role-claim 'The role claim [default: auto-detected]'
            cand --group-claim-stable-ids 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need'
            cand --wallet-client-id 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)'
            cand --wallet-client-secret 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value'
            cand --input 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --remove-wallet 'Remove wallet sign-in'
            cand --dry-run 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;delete'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;delete'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;webhook'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;webhook;enable'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --secret 'The signing secret: - (stdin), @path (file), env:NAME or the value'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;webhook;disable'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;webhook;rotate'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --secret 'The new signing secret: - (stdin, needs --yes), @path (file), env:NAME or the value'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal, and with --secret -)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;webhook;status'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;webhook;help'= {
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;webhook;help;enable'= {
        }
        &'alter;identity-providers;webhook;help;disable'= {
        }
        &'alter;identity-providers;webhook;help;rotate'= {
        }
        &'alter;identity-providers;webhook;help;status'= {
        }
        &'alter;identity-providers;webhook;help;help'= {
        }
        &'alter;idp;webhook'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;webhook;enable'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --secret 'The signing secret: - (stdin), @path (file), env:NAME or the value'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;webhook;disable'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;webhook;rotate'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --secret 'The new signing secret: - (stdin, needs --yes), @path (file), env:NAME or the value'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal, and with --secret -)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;webhook;status'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;webhook;help'= {
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;webhook;help;enable'= {
        }
        &'alter;idp;webhook;help;disable'= {
        }
        &'alter;idp;webhook;help;rotate'= {
        }
        &'alter;idp;webhook;help;status'= {
        }
        &'alter;idp;webhook;help;help'= {
        }
        &'alter;identity-providers;directory-import'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;directory-import;set-credential'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --domain 'Auth0: the tenant domain, e.g. acme.us.auth0.com'
            cand --client-id 'Auth0 or Okta: the management app''s client id'
            cand --client-secret 'Auth0: the management app''s client secret: - (stdin), @path, env:NAME or the value'
            cand --secret-key 'Clerk: the Secret key (sk_live_... or sk_test_...): - (stdin), @path, env:NAME or the value'
            cand --org-url 'Okta: the org URL, e.g. https://acme.okta.com (not an /oauth2/... issuer)'
            cand --private-key 'Okta: the private key as a JWK (JSON): @path or - (stdin)'
            cand --kid 'Okta: the key id, only when the JWK has no `kid`'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;directory-import;run'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --wait 'Wait for the import to finish and print its counts (a failed run exits 5)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;directory-import;status'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;directory-import;remove-credential'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;directory-import;help'= {
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;directory-import;help;set-credential'= {
        }
        &'alter;identity-providers;directory-import;help;run'= {
        }
        &'alter;identity-providers;directory-import;help;status'= {
        }
        &'alter;identity-providers;directory-import;help;remove-credential'= {
        }
        &'alter;identity-providers;directory-import;help;help'= {
        }
        &'alter;idp;directory-import'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;directory-import;set-credential'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --domain 'Auth0: the tenant domain, e.g. acme.us.auth0.com'
            cand --client-id 'Auth0 or Okta: the management app''s client id'
            cand --client-secret 'Auth0: the management app''s client secret: - (stdin), @path, env:NAME or the value'
            cand --secret-key 'Clerk: the Secret key (sk_live_... or sk_test_...): - (stdin), @path, env:NAME or the value'
            cand --org-url 'Okta: the org URL, e.g. https://acme.okta.com (not an /oauth2/... issuer)'
            cand --private-key 'Okta: the private key as a JWK (JSON): @path or - (stdin)'
            cand --kid 'Okta: the key id, only when the JWK has no `kid`'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;directory-import;run'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --wait 'Wait for the import to finish and print its counts (a failed run exits 5)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;directory-import;status'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;directory-import;remove-credential'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --yes 'Do not ask for confirmation (required without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;directory-import;help'= {
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;directory-import;help;set-credential'= {
        }
        &'alter;idp;directory-import;help;run'= {
        }
        &'alter;idp;directory-import;help;status'= {
        }
        &'alter;idp;directory-import;help;remove-credential'= {
        }
        &'alter;idp;directory-import;help;help'= {
        }
        &'alter;identity-providers;check-token'= {
            cand --token 'The JWT to check: - (stdin), @path (file), env:NAME or the value'
            cand --provider 'The saved provider to check against [default: the app''s only provider]'
            cand --issuer-url 'With --offline: the issuer the token must come from'
            cand --audience 'With --offline: the audience the token must carry'
            cand --user-id-claim 'With --offline: the user-id claim [default: sub]'
            cand --group-claim 'With --offline: the group claim [default: the suggestion for the provider]'
            cand --role-claim 'With --offline: the role claim [default: the suggestion for the provider]'
            cand --group-claim-stable-ids 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Check against an issuer directly, with no account (needs --issuer-url)'
            cand --strict 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;check-token'= {
            cand --token 'The JWT to check: - (stdin), @path (file), env:NAME or the value'
            cand --provider 'The saved provider to check against [default: the app''s only provider]'
            cand --issuer-url 'With --offline: the issuer the token must come from'
            cand --audience 'With --offline: the audience the token must carry'
            cand --user-id-claim 'With --offline: the user-id claim [default: sub]'
            cand --group-claim 'With --offline: the group claim [default: the suggestion for the provider]'
            cand --role-claim 'With --offline: the role claim [default: the suggestion for the provider]'
            cand --group-claim-stable-ids 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Check against an issuer directly, with no account (needs --issuer-url)'
            cand --strict 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;export'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand -o 'Write the file here instead of stdout'
            cand --output 'Write the file here instead of stdout'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;export'= {
            cand --provider 'The identity provider''s id [default: the app''s only provider]'
            cand -o 'Write the file here instead of stdout'
            cand --output 'Write the file here instead of stdout'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;diff'= {
            cand -f 'The file describing the provider: a path, or - for stdin'
            cand --file 'The file describing the provider: a path, or - for stdin'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;diff'= {
            cand -f 'The file describing the provider: a path, or - for stdin'
            cand --file 'The file describing the provider: a path, or - for stdin'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;apply'= {
            cand -f 'The file describing the provider: a path, or - for stdin'
            cand --file 'The file describing the provider: a path, or - for stdin'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Print the plan and send nothing'
            cand --update-secrets 'Send the wallet client secret even when its client id is unchanged'
            cand --replace 'When the issuer differs, delete the provider and create it again (asks first)'
            cand --yes 'Do not ask for confirmation (required for --replace without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;idp;apply'= {
            cand -f 'The file describing the provider: a path, or - for stdin'
            cand --file 'The file describing the provider: a path, or - for stdin'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --dry-run 'Print the plan and send nothing'
            cand --update-secrets 'Send the wallet client secret even when its client id is unchanged'
            cand --replace 'When the issuer differs, delete the provider and create it again (asks first)'
            cand --yes 'Do not ask for confirmation (required for --replace without a terminal)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;identity-providers;help'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand create 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand list 'List the app''s identity providers'
            cand show 'Show one identity provider'
            cand update 'Change the audience, claim mappings or wallet credentials'
            cand delete 'Remove the identity provider (to switch providers)'
            cand webhook 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
            cand directory-import 'Directory sync: the read-only management credential and import runs'
            cand check-token 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
            cand export 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
            cand diff 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
            cand apply 'Make the app''s provider match a file: create it, patch what differs, or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;help;discover'= {
        }
        &'alter;identity-providers;help;create'= {
        }
        &'alter;identity-providers;help;list'= {
        }
        &'alter;identity-providers;help;show'= {
        }
        &'alter;identity-providers;help;update'= {
        }
        &'alter;identity-providers;help;delete'= {
        }
        &'alter;identity-providers;help;webhook'= {
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
        }
        &'alter;identity-providers;help;webhook;enable'= {
        }
        &'alter;identity-providers;help;webhook;disable'= {
        }
        &'alter;identity-providers;help;webhook;rotate'= {
        }
        &'alter;identity-providers;help;webhook;status'= {
        }
        &'alter;identity-providers;help;directory-import'= {
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
        }
        &'alter;identity-providers;help;directory-import;set-credential'= {
        }
        &'alter;identity-providers;help;directory-import;run'= {
        }
        &'alter;identity-providers;help;directory-import;status'= {
        }
        &'alter;identity-providers;help;directory-import;remove-credential'= {
        }
        &'alter;identity-providers;help;check-token'= {
        }
        &'alter;identity-providers;help;export'= {
        }
        &'alter;identity-providers;help;diff'= {
        }
        &'alter;identity-providers;help;apply'= {
        }
        &'alter;identity-providers;help;help'= {
        }
        &'alter;idp;help'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand create 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand list 'List the app''s identity providers'
            cand show 'Show one identity provider'
            cand update 'Change the audience, claim mappings or wallet credentials'
            cand delete 'Remove the identity provider (to switch providers)'
            cand webhook 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
            cand directory-import 'Directory sync: the read-only management credential and import runs'
            cand check-token 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
            cand export 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
            cand diff 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
            cand apply 'Make the app''s provider match a file: create it, patch what differs, or nothing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;help;discover'= {
        }
        &'alter;idp;help;create'= {
        }
        &'alter;idp;help;list'= {
        }
        &'alter;idp;help;show'= {
        }
        &'alter;idp;help;update'= {
        }
        &'alter;idp;help;delete'= {
        }
        &'alter;idp;help;webhook'= {
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
        }
        &'alter;idp;help;webhook;enable'= {
        }
        &'alter;idp;help;webhook;disable'= {
        }
        &'alter;idp;help;webhook;rotate'= {
        }
        &'alter;idp;help;webhook;status'= {
        }
        &'alter;idp;help;directory-import'= {
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
        }
        &'alter;idp;help;directory-import;set-credential'= {
        }
        &'alter;idp;help;directory-import;run'= {
        }
        &'alter;idp;help;directory-import;status'= {
        }
        &'alter;idp;help;directory-import;remove-credential'= {
        }
        &'alter;idp;help;check-token'= {
        }
        &'alter;idp;help;export'= {
        }
        &'alter;idp;help;diff'= {
        }
        &'alter;idp;help;apply'= {
        }
        &'alter;idp;help;help'= {
        }
        &'alter;auth'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
            cand login 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
            cand status 'Show who the token belongs to and its scopes'
            cand logout 'Remove the stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;auth;login'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --with-token 'Read the token from stdin instead of prompting'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;auth;status'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;auth;logout'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;auth;help'= {
            cand login 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
            cand status 'Show who the token belongs to and its scopes'
            cand logout 'Remove the stored token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;auth;help;login'= {
        }
        &'alter;auth;help;status'= {
        }
        &'alter;auth;help;logout'= {
        }
        &'alter;auth;help;help'= {
        }
        &'alter;link'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;unlink'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;doctor'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --strict 'Exit 5 on warnings (!) too, not only on problems (✗)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -q 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand --quiet 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output, help and errors included (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print the version'
            cand --version 'Print the version'
        }
        &'alter;help'= {
            cand identity-providers 'Stand up the app''s end-user identity provider (OIDC)'
            cand auth 'Sign in to Alter, check who you are, sign out'
            cand link 'Link the current directory to an app, so commands run here use it'
            cand unlink 'Remove the workspace link that applies to the current directory'
            cand doctor 'Check this machine, the account, the app and its identity provider, with the fix for each problem'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;help;identity-providers'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand create 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)'
            cand list 'List the app''s identity providers'
            cand show 'Show one identity provider'
            cand update 'Change the audience, claim mappings or wallet credentials'
            cand delete 'Remove the identity provider (to switch providers)'
            cand webhook 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
            cand directory-import 'Directory sync: the read-only management credential and import runs'
            cand check-token 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
            cand export 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
            cand diff 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
            cand apply 'Make the app''s provider match a file: create it, patch what differs, or nothing'
        }
        &'alter;help;identity-providers;discover'= {
        }
        &'alter;help;identity-providers;create'= {
        }
        &'alter;help;identity-providers;list'= {
        }
        &'alter;help;identity-providers;show'= {
        }
        &'alter;help;identity-providers;update'= {
        }
        &'alter;help;identity-providers;delete'= {
        }
        &'alter;help;identity-providers;webhook'= {
            cand enable 'Enable webhook deprovisioning and print where to set it up at the provider'
            cand disable 'Disable webhooks; the stored secret is discarded'
            cand rotate 'Replace the signing secret; the previous one stops working at once'
            cand status 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated'
        }
        &'alter;help;identity-providers;webhook;enable'= {
        }
        &'alter;help;identity-providers;webhook;disable'= {
        }
        &'alter;help;identity-providers;webhook;rotate'= {
        }
        &'alter;help;identity-providers;webhook;status'= {
        }
        &'alter;help;identity-providers;directory-import'= {
            cand set-credential 'Save the read-only management credential (checked locally, then verified by Alter)'
            cand run 'Start an import now (otherwise every 6 hours)'
            cand status 'Configured or not, the last run and the next one'
            cand remove-credential 'Remove the credential; scheduled imports stop'
        }
        &'alter;help;identity-providers;directory-import;set-credential'= {
        }
        &'alter;help;identity-providers;directory-import;run'= {
        }
        &'alter;help;identity-providers;directory-import;status'= {
        }
        &'alter;help;identity-providers;directory-import;remove-credential'= {
        }
        &'alter;help;identity-providers;check-token'= {
        }
        &'alter;help;identity-providers;export'= {
        }
        &'alter;help;identity-providers;diff'= {
        }
        &'alter;help;identity-providers;apply'= {
        }
        &'alter;help;auth'= {
            cand login 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
            cand status 'Show who the token belongs to and its scopes'
            cand logout 'Remove the stored token'
        }
        &'alter;help;auth;login'= {
        }
        &'alter;help;auth;status'= {
        }
        &'alter;help;auth;logout'= {
        }
        &'alter;help;link'= {
        }
        &'alter;help;unlink'= {
        }
        &'alter;help;doctor'= {
        }
        &'alter;help;help'= {
        }
    ]
    $completions[$command]
}

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_alter_global_optspecs
    string join \n json q/quiet v/verbose app= no-color ca-cert= h/help V/version
end

function __fish_alter_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_alter_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_alter_using_subcommand
    set -l cmd (__fish_alter_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c alter -n "__fish_alter_needs_command" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_needs_command" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_needs_command" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_needs_command" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_needs_command" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_needs_command" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_needs_command" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_needs_command" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_needs_command" -f -a "identity-providers" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_needs_command" -f -a "idp" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_needs_command" -f -a "auth" -d 'Sign in to Alter, check who you are, sign out'
complete -c alter -n "__fish_alter_needs_command" -f -a "link" -d 'Link the current directory to an app, so commands run here use it'
complete -c alter -n "__fish_alter_needs_command" -f -a "unlink" -d 'Remove the workspace link that applies to the current directory'
complete -c alter -n "__fish_alter_needs_command" -f -a "doctor" -d 'Check this machine, the account, the app and its identity provider, with the fix for each problem'
complete -c alter -n "__fish_alter_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "create" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "configure" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "list" -d 'List the app\'s identity providers'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "show" -d 'Show one identity provider'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "update" -d 'Change the audience, claim mappings or wallet credentials'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "delete" -d 'Remove the identity provider (to switch providers)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "webhook" -d 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "directory-import" -d 'Directory sync: the read-only management credential and import runs'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "check-token" -d 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "test-login" -d 'Sign a person in at the provider and show, claim by claim, what Alter would do with it'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "export" -d 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "diff" -d 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "apply" -d 'Make the app\'s provider match a file: create it, patch what differs, or nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l offline -d 'Run discovery on this machine instead of through the control plane (no account, no app)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l input -d 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from create" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l input -d 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from configure" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l input -d 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l remove-wallet -d 'Remove wallet sign-in'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -f -a "enable" -d 'Enable webhook deprovisioning and print where to set it up at the provider'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -f -a "disable" -d 'Disable webhooks; the stored secret is discarded'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -f -a "rotate" -d 'Replace the signing secret; the previous one stops working at once'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -f -a "status" -d 'Enabled or not, the endpoint URL, the secret\'s last 4 characters, when enabled and rotated'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from webhook" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -f -a "set-credential" -d 'Save the read-only management credential (checked locally, then verified by Alter)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -f -a "run" -d 'Start an import now (otherwise every 6 hours)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -f -a "status" -d 'Configured or not, the last run and the next one'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -f -a "remove-credential" -d 'Remove the credential; scheduled imports stop'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from directory-import" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l token -d 'The JWT to check: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l provider -d 'The saved provider to check against [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l issuer-url -d 'With --offline: the issuer the token must come from' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l audience -d 'With --offline: the audience the token must carry' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l user-id-claim -d 'With --offline: the user-id claim [default: sub]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l group-claim -d 'With --offline: the group claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l role-claim -d 'With --offline: the role claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l group-claim-stable-ids -d 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l offline -d 'Check against an issuer directly, with no account (needs --issuer-url)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l strict -d 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from check-token" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l provider -d 'The saved provider to check against [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l issuer-url -d 'With --offline: the issuer the token must come from' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l audience -d 'With --offline: the audience the token must carry' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l user-id-claim -d 'With --offline: the user-id claim [default: sub]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l group-claim -d 'With --offline: the group claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l role-claim -d 'With --offline: the role claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l group-claim-stable-ids -d 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l client-id -d 'The OIDC client to sign in with [default: the saved provider\'s wallet client id]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l client-secret -d 'For a confidential client: - (stdin), @path, env:NAME or the value [default: none, a public client with PKCE]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l flow -d 'How the person signs in' -r -f -a "auto\t'The browser when one can be opened, else the device code when offered, else paste on a terminal'
browser\t'Authorization code with PKCE through a loopback redirect'
device\t'The device authorization grant: a code to enter on any device'
paste\t'Sign in on any machine, then paste the address the browser could not load (http://127.0.0.1:PORT/callback?...) back here (without a terminal: one line on stdin)'"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l port -d 'The loopback port of the redirect URI http://127.0.0.1:PORT/callback (register it exactly)' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l scope -d 'The scopes to request' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l resource -d 'An RFC 8707 resource indicator to request the access token for' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l timeout -d 'Seconds the person has to finish signing in' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l print-token -d 'Write only this raw token to stdout (the report goes to stderr), for piping' -r -f -a "access\t''
id\t''"
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l offline -d 'Check against an issuer directly, with no account (needs --issuer-url)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l no-browser -d 'Print the sign-in URL only; never open a browser'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l strict -d 'Refuse (exit 5) on warnings too'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from test-login" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the file here instead of stdout' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from export" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -s f -l file -d 'The file describing the provider: a path, or - for stdin' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -s f -l file -d 'The file describing the provider: a path, or - for stdin' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and send nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l update-secrets -d 'Send the wallet client secret even when its client id is unchanged'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l replace -d 'When the issuer differs, delete the provider and create it again (asks first)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l yes -d 'Do not ask for confirmation (required for --replace without a terminal)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "create" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the app\'s identity providers'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one identity provider'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the audience, claim mappings or wallet credentials'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove the identity provider (to switch providers)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "webhook" -d 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "directory-import" -d 'Directory sync: the read-only management credential and import runs'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "check-token" -d 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "test-login" -d 'Sign a person in at the provider and show, claim by claim, what Alter would do with it'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the app\'s provider match a file: create it, patch what differs, or nothing'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "create" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "configure" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "list" -d 'List the app\'s identity providers'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "show" -d 'Show one identity provider'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "update" -d 'Change the audience, claim mappings or wallet credentials'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "delete" -d 'Remove the identity provider (to switch providers)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "webhook" -d 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "directory-import" -d 'Directory sync: the read-only management credential and import runs'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "check-token" -d 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "test-login" -d 'Sign a person in at the provider and show, claim by claim, what Alter would do with it'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "export" -d 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "diff" -d 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "apply" -d 'Make the app\'s provider match a file: create it, patch what differs, or nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover create configure list show update delete webhook directory-import check-token test-login export diff apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l offline -d 'Run discovery on this machine instead of through the control plane (no account, no app)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l input -d 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from create" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l input -d 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from configure" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from list" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from show" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l audience -d 'Expected JWT `aud`; tokens without a matching audience are rejected' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l user-id-claim -d 'The claim identifying the user [default: auto-detected, usually sub]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l group-claim -d 'The group-membership claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l role-claim -d 'The role claim [default: auto-detected]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l group-claim-stable-ids -d 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l wallet-client-id -d 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l wallet-client-secret -d 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l input -d 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l remove-wallet -d 'Remove wallet sign-in'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l dry-run -d 'Validate locally and print the request that would be sent (secrets as ***); send nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from update" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask for confirmation (required without a terminal)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -f -a "enable" -d 'Enable webhook deprovisioning and print where to set it up at the provider'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -f -a "disable" -d 'Disable webhooks; the stored secret is discarded'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -f -a "rotate" -d 'Replace the signing secret; the previous one stops working at once'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -f -a "status" -d 'Enabled or not, the endpoint URL, the secret\'s last 4 characters, when enabled and rotated'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from webhook" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -f -a "set-credential" -d 'Save the read-only management credential (checked locally, then verified by Alter)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -f -a "run" -d 'Start an import now (otherwise every 6 hours)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -f -a "status" -d 'Configured or not, the last run and the next one'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -f -a "remove-credential" -d 'Remove the credential; scheduled imports stop'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from directory-import" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l token -d 'The JWT to check: - (stdin), @path (file), env:NAME or the value' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l provider -d 'The saved provider to check against [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l issuer-url -d 'With --offline: the issuer the token must come from' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l audience -d 'With --offline: the audience the token must carry' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l user-id-claim -d 'With --offline: the user-id claim [default: sub]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l group-claim -d 'With --offline: the group claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l role-claim -d 'With --offline: the role claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l group-claim-stable-ids -d 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l offline -d 'Check against an issuer directly, with no account (needs --issuer-url)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l strict -d 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from check-token" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l provider -d 'The saved provider to check against [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l issuer-url -d 'With --offline: the issuer the token must come from' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l audience -d 'With --offline: the audience the token must carry' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l user-id-claim -d 'With --offline: the user-id claim [default: sub]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l group-claim -d 'With --offline: the group claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l role-claim -d 'With --offline: the role claim [default: the suggestion for the provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l group-claim-stable-ids -d 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]' -r -f -a "true\t''
false\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l client-id -d 'The OIDC client to sign in with [default: the saved provider\'s wallet client id]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l client-secret -d 'For a confidential client: - (stdin), @path, env:NAME or the value [default: none, a public client with PKCE]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l flow -d 'How the person signs in' -r -f -a "auto\t'The browser when one can be opened, else the device code when offered, else paste on a terminal'
browser\t'Authorization code with PKCE through a loopback redirect'
device\t'The device authorization grant: a code to enter on any device'
paste\t'Sign in on any machine, then paste the address the browser could not load (http://127.0.0.1:PORT/callback?...) back here (without a terminal: one line on stdin)'"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l port -d 'The loopback port of the redirect URI http://127.0.0.1:PORT/callback (register it exactly)' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l scope -d 'The scopes to request' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l resource -d 'An RFC 8707 resource indicator to request the access token for' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l timeout -d 'Seconds the person has to finish signing in' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l print-token -d 'Write only this raw token to stdout (the report goes to stderr), for piping' -r -f -a "access\t''
id\t''"
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l offline -d 'Check against an issuer directly, with no account (needs --issuer-url)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l no-browser -d 'Print the sign-in URL only; never open a browser'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l strict -d 'Refuse (exit 5) on warnings too'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from test-login" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -l provider -d 'The identity provider\'s id [default: the app\'s only provider]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the file here instead of stdout' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from export" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -s f -l file -d 'The file describing the provider: a path, or - for stdin' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -s f -l file -d 'The file describing the provider: a path, or - for stdin' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and send nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l update-secrets -d 'Send the wallet client secret even when its client id is unchanged'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l replace -d 'When the issuer differs, delete the provider and create it again (asks first)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l yes -d 'Do not ask for confirmation (required for --replace without a terminal)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "create" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the app\'s identity providers'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one identity provider'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the audience, claim mappings or wallet credentials'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove the identity provider (to switch providers)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "webhook" -d 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "directory-import" -d 'Directory sync: the read-only management credential and import runs'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "check-token" -d 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "test-login" -d 'Sign a person in at the provider and show, claim by claim, what Alter would do with it'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the app\'s provider match a file: create it, patch what differs, or nothing'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Show who the token belongs to and its scopes'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the stored token'
complete -c alter -n "__fish_alter_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from stdin instead of prompting'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who the token belongs to and its scopes'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored token'
complete -c alter -n "__fish_alter_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand link" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand link" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand link" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand link" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand link" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand link" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand link" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand link" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand unlink" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand unlink" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand unlink" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand unlink" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand unlink" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand unlink" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand unlink" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand unlink" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand doctor" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand doctor" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand doctor" -l strict -d 'Exit 5 on warnings (!) too, not only on problems (✗)'
complete -c alter -n "__fish_alter_using_subcommand doctor" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand doctor" -s q -l quiet -d 'Print only the result: no notes, next steps or progress (errors and warnings still show)'
complete -c alter -n "__fish_alter_using_subcommand doctor" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand doctor" -l no-color -d 'Never colour output, help and errors included (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand doctor" -s V -l version -d 'Print the version'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "identity-providers" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "auth" -d 'Sign in to Alter, check who you are, sign out'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "link" -d 'Link the current directory to an app, so commands run here use it'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "unlink" -d 'Remove the workspace link that applies to the current directory'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "doctor" -d 'Check this machine, the account, the app and its identity provider, with the fix for each problem'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers auth link unlink doctor help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "create" -d 'Configure the app\'s identity provider (discovery must succeed; nothing is saved otherwise)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "list" -d 'List the app\'s identity providers'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "show" -d 'Show one identity provider'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "update" -d 'Change the audience, claim mappings or wallet credentials'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "delete" -d 'Remove the identity provider (to switch providers)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "webhook" -d 'The deprovisioning webhook: enable, disable, rotate its secret, show its status'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "directory-import" -d 'Directory sync: the read-only management credential and import runs'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "check-token" -d 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "test-login" -d 'Sign a person in at the provider and show, claim by claim, what Alter would do with it'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "export" -d 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "diff" -d 'Show what `apply` would change to make the provider match a file; exit 8 when it differs'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "apply" -d 'Make the app\'s provider match a file: create it, patch what differs, or nothing'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who the token belongs to and its scopes'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored token'

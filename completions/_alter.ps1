
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'alter' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'alter'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'alter' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('idp', 'idp', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in to Alter, check who you are, sign out')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link the current directory to an app, so commands run here use it')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the workspace link that applies to the current directory')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this machine, the account, the app and its identity provider, with the fix for each problem')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s identity providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one identity provider')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the audience, claim mappings or wallet credentials')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the identity provider (to switch providers)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The deprovisioning webhook: enable, disable, rotate its secret, show its status')
            [CompletionResult]::new('directory-import', 'directory-import', [CompletionResultType]::ParameterValue, 'Directory sync: the read-only management credential and import runs')
            [CompletionResult]::new('check-token', 'check-token', [CompletionResultType]::ParameterValue, 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the provider match a file; exit 8 when it differs')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app''s provider match a file: create it, patch what differs, or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('configure', 'configure', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s identity providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one identity provider')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the audience, claim mappings or wallet credentials')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the identity provider (to switch providers)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The deprovisioning webhook: enable, disable, rotate its secret, show its status')
            [CompletionResult]::new('directory-import', 'directory-import', [CompletionResultType]::ParameterValue, 'Directory sync: the read-only management credential and import runs')
            [CompletionResult]::new('check-token', 'check-token', [CompletionResultType]::ParameterValue, 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the provider match a file; exit 8 when it differs')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app''s provider match a file: create it, patch what differs, or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;discover' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run discovery on this machine instead of through the control plane (no account, no app)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;discover' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run discovery on this machine instead of through the control plane (no account, no app)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;create' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;configure' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;create' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;configure' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (CreateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;list' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;show' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;show' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;update' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--remove-wallet', '--remove-wallet', [CompletionResultType]::ParameterName, 'Remove wallet sign-in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;update' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'Expected JWT `aud`; tokens without a matching audience are rejected')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'The claim identifying the user [default: auto-detected, usually sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'The group-membership claim [default: auto-detected]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'The role claim [default: auto-detected]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'The group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need')
            [CompletionResult]::new('--wallet-client-id', '--wallet-client-id', [CompletionResultType]::ParameterName, 'OIDC client id for interactive wallet sign-in (with --wallet-client-secret)')
            [CompletionResult]::new('--wallet-client-secret', '--wallet-client-secret', [CompletionResultType]::ParameterName, 'OIDC client secret for wallet sign-in: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body (UpdateIdentityProvider) from a file (@path) or stdin (-), instead of the flags')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--remove-wallet', '--remove-wallet', [CompletionResultType]::ParameterName, 'Remove wallet sign-in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate locally and print the request that would be sent (secrets as ***); send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;delete' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;delete' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;webhook' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;webhook;enable' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;webhook;disable' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;webhook;rotate' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The new signing secret: - (stdin, needs --yes), @path (file), env:NAME or the value')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal, and with --secret -)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;webhook;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;webhook;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;webhook;help;enable' {
            break
        }
        'alter;identity-providers;webhook;help;disable' {
            break
        }
        'alter;identity-providers;webhook;help;rotate' {
            break
        }
        'alter;identity-providers;webhook;help;status' {
            break
        }
        'alter;identity-providers;webhook;help;help' {
            break
        }
        'alter;idp;webhook' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;webhook;enable' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;webhook;disable' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;webhook;rotate' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The new signing secret: - (stdin, needs --yes), @path (file), env:NAME or the value')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal, and with --secret -)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;webhook;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;webhook;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;webhook;help;enable' {
            break
        }
        'alter;idp;webhook;help;disable' {
            break
        }
        'alter;idp;webhook;help;rotate' {
            break
        }
        'alter;idp;webhook;help;status' {
            break
        }
        'alter;idp;webhook;help;help' {
            break
        }
        'alter;identity-providers;directory-import' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;directory-import;set-credential' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Auth0: the tenant domain, e.g. acme.us.auth0.com')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Auth0 or Okta: the management app''s client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Auth0: the management app''s client secret: - (stdin), @path, env:NAME or the value')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Clerk: the Secret key (sk_live_... or sk_test_...): - (stdin), @path, env:NAME or the value')
            [CompletionResult]::new('--org-url', '--org-url', [CompletionResultType]::ParameterName, 'Okta: the org URL, e.g. https://acme.okta.com (not an /oauth2/... issuer)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Okta: the private key as a JWK (JSON): @path or - (stdin)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Okta: the key id, only when the JWK has no `kid`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;directory-import;run' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the import to finish and print its counts (a failed run exits 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;directory-import;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;directory-import;remove-credential' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;directory-import;help' {
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;directory-import;help;set-credential' {
            break
        }
        'alter;identity-providers;directory-import;help;run' {
            break
        }
        'alter;identity-providers;directory-import;help;status' {
            break
        }
        'alter;identity-providers;directory-import;help;remove-credential' {
            break
        }
        'alter;identity-providers;directory-import;help;help' {
            break
        }
        'alter;idp;directory-import' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;directory-import;set-credential' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Auth0: the tenant domain, e.g. acme.us.auth0.com')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Auth0 or Okta: the management app''s client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Auth0: the management app''s client secret: - (stdin), @path, env:NAME or the value')
            [CompletionResult]::new('--secret-key', '--secret-key', [CompletionResultType]::ParameterName, 'Clerk: the Secret key (sk_live_... or sk_test_...): - (stdin), @path, env:NAME or the value')
            [CompletionResult]::new('--org-url', '--org-url', [CompletionResultType]::ParameterName, 'Okta: the org URL, e.g. https://acme.okta.com (not an /oauth2/... issuer)')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'Okta: the private key as a JWK (JSON): @path or - (stdin)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Okta: the key id, only when the JWK has no `kid`')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;directory-import;run' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the import to finish and print its counts (a failed run exits 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;directory-import;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;directory-import;remove-credential' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;directory-import;help' {
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;directory-import;help;set-credential' {
            break
        }
        'alter;idp;directory-import;help;run' {
            break
        }
        'alter;idp;directory-import;help;status' {
            break
        }
        'alter;idp;directory-import;help;remove-credential' {
            break
        }
        'alter;idp;directory-import;help;help' {
            break
        }
        'alter;identity-providers;check-token' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The JWT to check: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The saved provider to check against [default: the app''s only provider]')
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'With --offline: the issuer the token must come from')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'With --offline: the audience the token must carry')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'With --offline: the user-id claim [default: sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'With --offline: the group claim [default: the suggestion for the provider]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'With --offline: the role claim [default: the suggestion for the provider]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Check against an issuer directly, with no account (needs --issuer-url)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;check-token' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The JWT to check: - (stdin), @path (file), env:NAME or the value')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The saved provider to check against [default: the app''s only provider]')
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'With --offline: the issuer the token must come from')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'With --offline: the audience the token must carry')
            [CompletionResult]::new('--user-id-claim', '--user-id-claim', [CompletionResultType]::ParameterName, 'With --offline: the user-id claim [default: sub]')
            [CompletionResult]::new('--group-claim', '--group-claim', [CompletionResultType]::ParameterName, 'With --offline: the group claim [default: the suggestion for the provider]')
            [CompletionResult]::new('--role-claim', '--role-claim', [CompletionResultType]::ParameterName, 'With --offline: the role claim [default: the suggestion for the provider]')
            [CompletionResult]::new('--group-claim-stable-ids', '--group-claim-stable-ids', [CompletionResultType]::ParameterName, 'With --offline: the group claim carries stable group IDs (Okta 00g..., Clerk org_...), which group grants need [default: the suggestion for the provider]')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Check against an issuer directly, with no account (needs --issuer-url)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse (exit 5) on warnings too: for pipelines that depend on groups and roles')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;export' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;export' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The identity provider''s id [default: the app''s only provider]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('--update-secrets', '--update-secrets', [CompletionResultType]::ParameterName, 'Send the wallet client secret even when its client id is unchanged')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'When the issuer differs, delete the provider and create it again (asks first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required for --replace without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;idp;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The file describing the provider: a path, or - for stdin')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and send nothing')
            [CompletionResult]::new('--update-secrets', '--update-secrets', [CompletionResultType]::ParameterName, 'Send the wallet client secret even when its client id is unchanged')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'When the issuer differs, delete the provider and create it again (asks first)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required for --replace without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;identity-providers;help' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s identity providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one identity provider')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the audience, claim mappings or wallet credentials')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the identity provider (to switch providers)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The deprovisioning webhook: enable, disable, rotate its secret, show its status')
            [CompletionResult]::new('directory-import', 'directory-import', [CompletionResultType]::ParameterValue, 'Directory sync: the read-only management credential and import runs')
            [CompletionResult]::new('check-token', 'check-token', [CompletionResultType]::ParameterValue, 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the provider match a file; exit 8 when it differs')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app''s provider match a file: create it, patch what differs, or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;help;discover' {
            break
        }
        'alter;identity-providers;help;create' {
            break
        }
        'alter;identity-providers;help;list' {
            break
        }
        'alter;identity-providers;help;show' {
            break
        }
        'alter;identity-providers;help;update' {
            break
        }
        'alter;identity-providers;help;delete' {
            break
        }
        'alter;identity-providers;help;webhook' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            break
        }
        'alter;identity-providers;help;webhook;enable' {
            break
        }
        'alter;identity-providers;help;webhook;disable' {
            break
        }
        'alter;identity-providers;help;webhook;rotate' {
            break
        }
        'alter;identity-providers;help;webhook;status' {
            break
        }
        'alter;identity-providers;help;directory-import' {
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            break
        }
        'alter;identity-providers;help;directory-import;set-credential' {
            break
        }
        'alter;identity-providers;help;directory-import;run' {
            break
        }
        'alter;identity-providers;help;directory-import;status' {
            break
        }
        'alter;identity-providers;help;directory-import;remove-credential' {
            break
        }
        'alter;identity-providers;help;check-token' {
            break
        }
        'alter;identity-providers;help;export' {
            break
        }
        'alter;identity-providers;help;diff' {
            break
        }
        'alter;identity-providers;help;apply' {
            break
        }
        'alter;identity-providers;help;help' {
            break
        }
        'alter;idp;help' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s identity providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one identity provider')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the audience, claim mappings or wallet credentials')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the identity provider (to switch providers)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The deprovisioning webhook: enable, disable, rotate its secret, show its status')
            [CompletionResult]::new('directory-import', 'directory-import', [CompletionResultType]::ParameterValue, 'Directory sync: the read-only management credential and import runs')
            [CompletionResult]::new('check-token', 'check-token', [CompletionResultType]::ParameterValue, 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the provider match a file; exit 8 when it differs')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app''s provider match a file: create it, patch what differs, or nothing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;help;discover' {
            break
        }
        'alter;idp;help;create' {
            break
        }
        'alter;idp;help;list' {
            break
        }
        'alter;idp;help;show' {
            break
        }
        'alter;idp;help;update' {
            break
        }
        'alter;idp;help;delete' {
            break
        }
        'alter;idp;help;webhook' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            break
        }
        'alter;idp;help;webhook;enable' {
            break
        }
        'alter;idp;help;webhook;disable' {
            break
        }
        'alter;idp;help;webhook;rotate' {
            break
        }
        'alter;idp;help;webhook;status' {
            break
        }
        'alter;idp;help;directory-import' {
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            break
        }
        'alter;idp;help;directory-import;set-credential' {
            break
        }
        'alter;idp;help;directory-import;run' {
            break
        }
        'alter;idp;help;directory-import;status' {
            break
        }
        'alter;idp;help;directory-import;remove-credential' {
            break
        }
        'alter;idp;help;check-token' {
            break
        }
        'alter;idp;help;export' {
            break
        }
        'alter;idp;help;diff' {
            break
        }
        'alter;idp;help;apply' {
            break
        }
        'alter;idp;help;help' {
            break
        }
        'alter;auth' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who the token belongs to and its scopes')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;auth;login' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;auth;status' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;auth;logout' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who the token belongs to and its scopes')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;auth;help;login' {
            break
        }
        'alter;auth;help;status' {
            break
        }
        'alter;auth;help;logout' {
            break
        }
        'alter;auth;help;help' {
            break
        }
        'alter;link' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;unlink' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;doctor' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 5 on warnings (!) too, not only on problems (✗)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the result: no notes, next steps or progress (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output, help and errors included (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print the version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print the version')
            break
        }
        'alter;help' {
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in to Alter, check who you are, sign out')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link the current directory to an app, so commands run here use it')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the workspace link that applies to the current directory')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this machine, the account, the app and its identity provider, with the fix for each problem')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;help;identity-providers' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Configure the app''s identity provider (discovery must succeed; nothing is saved otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the app''s identity providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one identity provider')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the audience, claim mappings or wallet credentials')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the identity provider (to switch providers)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'The deprovisioning webhook: enable, disable, rotate its secret, show its status')
            [CompletionResult]::new('directory-import', 'directory-import', [CompletionResultType]::ParameterValue, 'Directory sync: the read-only management credential and import runs')
            [CompletionResult]::new('check-token', 'check-token', [CompletionResultType]::ParameterValue, 'Explain whether Alter would accept a JWT, check by check, with the fix for each failure')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the provider as a file for `diff` and `apply` (secrets as env: placeholders)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `apply` would change to make the provider match a file; exit 8 when it differs')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the app''s provider match a file: create it, patch what differs, or nothing')
            break
        }
        'alter;help;identity-providers;discover' {
            break
        }
        'alter;help;identity-providers;create' {
            break
        }
        'alter;help;identity-providers;list' {
            break
        }
        'alter;help;identity-providers;show' {
            break
        }
        'alter;help;identity-providers;update' {
            break
        }
        'alter;help;identity-providers;delete' {
            break
        }
        'alter;help;identity-providers;webhook' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable webhook deprovisioning and print where to set it up at the provider')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable webhooks; the stored secret is discarded')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the signing secret; the previous one stops working at once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Enabled or not, the endpoint URL, the secret''s last 4 characters, when enabled and rotated')
            break
        }
        'alter;help;identity-providers;webhook;enable' {
            break
        }
        'alter;help;identity-providers;webhook;disable' {
            break
        }
        'alter;help;identity-providers;webhook;rotate' {
            break
        }
        'alter;help;identity-providers;webhook;status' {
            break
        }
        'alter;help;identity-providers;directory-import' {
            [CompletionResult]::new('set-credential', 'set-credential', [CompletionResultType]::ParameterValue, 'Save the read-only management credential (checked locally, then verified by Alter)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start an import now (otherwise every 6 hours)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Configured or not, the last run and the next one')
            [CompletionResult]::new('remove-credential', 'remove-credential', [CompletionResultType]::ParameterValue, 'Remove the credential; scheduled imports stop')
            break
        }
        'alter;help;identity-providers;directory-import;set-credential' {
            break
        }
        'alter;help;identity-providers;directory-import;run' {
            break
        }
        'alter;help;identity-providers;directory-import;status' {
            break
        }
        'alter;help;identity-providers;directory-import;remove-credential' {
            break
        }
        'alter;help;identity-providers;check-token' {
            break
        }
        'alter;help;identity-providers;export' {
            break
        }
        'alter;help;identity-providers;diff' {
            break
        }
        'alter;help;identity-providers;apply' {
            break
        }
        'alter;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the control plane (OS keyring, or a 0600 file where there is none)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who the token belongs to and its scopes')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            break
        }
        'alter;help;auth;login' {
            break
        }
        'alter;help;auth;status' {
            break
        }
        'alter;help;auth;logout' {
            break
        }
        'alter;help;link' {
            break
        }
        'alter;help;unlink' {
            break
        }
        'alter;help;doctor' {
            break
        }
        'alter;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}


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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('idp', 'idp', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;discover' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run discovery on this machine instead of through the control plane (no account needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'alter;idp;discover' {
            [CompletionResult]::new('--issuer-url', '--issuer-url', [CompletionResultType]::ParameterName, 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'The app to act on [default: ALTER_APP_ID, then the linked workspace]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Run discovery on this machine instead of through the control plane (no account needed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON (the control-plane contract''s object) on stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request and response line to stderr (secrets redacted)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never colour output (also when NO_COLOR is set)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'alter;identity-providers;help' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;identity-providers;help;discover' {
            break
        }
        'alter;identity-providers;help;help' {
            break
        }
        'alter;idp;help' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;idp;help;discover' {
            break
        }
        'alter;idp;help;help' {
            break
        }
        'alter;help' {
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Stand up the app''s end-user identity provider (OIDC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'alter;help;identity-providers' {
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Preview OIDC discovery for an issuer URL without saving anything')
            break
        }
        'alter;help;identity-providers;discover' {
            break
        }
        'alter;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

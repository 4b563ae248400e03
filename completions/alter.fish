# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_alter_global_optspecs
    string join \n json v/verbose app= no-color ca-cert= h/help V/version
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
complete -c alter -n "__fish_alter_needs_command" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_needs_command" -l no-color -d 'Never colour output (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c alter -n "__fish_alter_needs_command" -s V -l version -d 'Print version'
complete -c alter -n "__fish_alter_needs_command" -f -a "identity-providers" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_needs_command" -f -a "idp" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -l no-color -d 'Never colour output (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -s V -l version -d 'Print version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and not __fish_seen_subcommand_from discover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l offline -d 'Run discovery on this machine instead of through the control plane (no account needed)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -l no-color -d 'Never colour output (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from discover" -s V -l version -d 'Print version'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -l no-color -d 'Never colour output (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -s h -l help -d 'Print help'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -s V -l version -d 'Print version'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand idp; and not __fish_seen_subcommand_from discover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l issuer-url -d 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l app -d 'The app to act on [default: ALTER_APP_ID, then the linked workspace]' -r
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l ca-cert -d 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store' -r -F
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l offline -d 'Run discovery on this machine instead of through the control plane (no account needed)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l json -d 'Print the result as JSON (the control-plane contract\'s object) on stdout'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s v -l verbose -d 'Log each request and response line to stderr (secrets redacted)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -l no-color -d 'Never colour output (also when NO_COLOR is set)'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from discover" -s V -l version -d 'Print version'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'
complete -c alter -n "__fish_alter_using_subcommand idp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers help" -f -a "identity-providers" -d 'Stand up the app\'s end-user identity provider (OIDC)'
complete -c alter -n "__fish_alter_using_subcommand help; and not __fish_seen_subcommand_from identity-providers help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c alter -n "__fish_alter_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "discover" -d 'Preview OIDC discovery for an issuer URL without saving anything'

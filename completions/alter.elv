
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
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand identity-providers 'Stand up the app''s end-user identity provider (OIDC)'
            cand idp 'Stand up the app''s end-user identity provider (OIDC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp'= {
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output (also when NO_COLOR is set)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;discover'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Run discovery on this machine instead of through the control plane (no account needed)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'alter;idp;discover'= {
            cand --issuer-url 'OIDC issuer URL (e.g. https://acme.okta.com): the issuer itself, not a /.well-known/... URL'
            cand --app 'The app to act on [default: ALTER_APP_ID, then the linked workspace]'
            cand --ca-cert 'Trust this extra CA certificate (PEM) for HTTPS, besides the OS trust store'
            cand --offline 'Run discovery on this machine instead of through the control plane (no account needed)'
            cand --json 'Print the result as JSON (the control-plane contract''s object) on stdout'
            cand -v 'Log each request and response line to stderr (secrets redacted)'
            cand --verbose 'Log each request and response line to stderr (secrets redacted)'
            cand --no-color 'Never colour output (also when NO_COLOR is set)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'alter;identity-providers;help'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;identity-providers;help;discover'= {
        }
        &'alter;identity-providers;help;help'= {
        }
        &'alter;idp;help'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;idp;help;discover'= {
        }
        &'alter;idp;help;help'= {
        }
        &'alter;help'= {
            cand identity-providers 'Stand up the app''s end-user identity provider (OIDC)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'alter;help;identity-providers'= {
            cand discover 'Preview OIDC discovery for an issuer URL without saving anything'
        }
        &'alter;help;identity-providers;discover'= {
        }
        &'alter;help;help'= {
        }
    ]
    $completions[$command]
}

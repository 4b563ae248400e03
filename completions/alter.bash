_alter() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="alter"
                ;;
            alter,auth)
                cmd="alter__subcmd__auth"
                ;;
            alter,doctor)
                cmd="alter__subcmd__doctor"
                ;;
            alter,help)
                cmd="alter__subcmd__help"
                ;;
            alter,identity-providers)
                cmd="alter__subcmd__identity__subcmd__providers"
                ;;
            alter,idp)
                cmd="alter__subcmd__identity__subcmd__providers"
                ;;
            alter,link)
                cmd="alter__subcmd__link"
                ;;
            alter,unlink)
                cmd="alter__subcmd__unlink"
                ;;
            alter__subcmd__auth,help)
                cmd="alter__subcmd__auth__subcmd__help"
                ;;
            alter__subcmd__auth,login)
                cmd="alter__subcmd__auth__subcmd__login"
                ;;
            alter__subcmd__auth,logout)
                cmd="alter__subcmd__auth__subcmd__logout"
                ;;
            alter__subcmd__auth,status)
                cmd="alter__subcmd__auth__subcmd__status"
                ;;
            alter__subcmd__auth__subcmd__help,help)
                cmd="alter__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            alter__subcmd__auth__subcmd__help,login)
                cmd="alter__subcmd__auth__subcmd__help__subcmd__login"
                ;;
            alter__subcmd__auth__subcmd__help,logout)
                cmd="alter__subcmd__auth__subcmd__help__subcmd__logout"
                ;;
            alter__subcmd__auth__subcmd__help,status)
                cmd="alter__subcmd__auth__subcmd__help__subcmd__status"
                ;;
            alter__subcmd__help,auth)
                cmd="alter__subcmd__help__subcmd__auth"
                ;;
            alter__subcmd__help,doctor)
                cmd="alter__subcmd__help__subcmd__doctor"
                ;;
            alter__subcmd__help,help)
                cmd="alter__subcmd__help__subcmd__help"
                ;;
            alter__subcmd__help,identity-providers)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers"
                ;;
            alter__subcmd__help,link)
                cmd="alter__subcmd__help__subcmd__link"
                ;;
            alter__subcmd__help,unlink)
                cmd="alter__subcmd__help__subcmd__unlink"
                ;;
            alter__subcmd__help__subcmd__auth,login)
                cmd="alter__subcmd__help__subcmd__auth__subcmd__login"
                ;;
            alter__subcmd__help__subcmd__auth,logout)
                cmd="alter__subcmd__help__subcmd__auth__subcmd__logout"
                ;;
            alter__subcmd__help__subcmd__auth,status)
                cmd="alter__subcmd__help__subcmd__auth__subcmd__status"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,apply)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__apply"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,check-token)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__check__subcmd__token"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,create)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__create"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,delete)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__delete"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,diff)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__diff"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,directory-import)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,discover)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__discover"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,export)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__export"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,list)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__list"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,show)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__show"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,test-login)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__test__subcmd__login"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,update)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__update"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers,webhook)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,remove-credential)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,run)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__run"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,set-credential)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,status)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__status"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook,disable)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__disable"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook,enable)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__enable"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook,rotate)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__rotate"
                ;;
            alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook,status)
                cmd="alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers,apply)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__apply"
                ;;
            alter__subcmd__identity__subcmd__providers,check-token)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__check__subcmd__token"
                ;;
            alter__subcmd__identity__subcmd__providers,configure)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__create"
                ;;
            alter__subcmd__identity__subcmd__providers,create)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__create"
                ;;
            alter__subcmd__identity__subcmd__providers,delete)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__delete"
                ;;
            alter__subcmd__identity__subcmd__providers,diff)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__diff"
                ;;
            alter__subcmd__identity__subcmd__providers,directory-import)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import"
                ;;
            alter__subcmd__identity__subcmd__providers,discover)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__discover"
                ;;
            alter__subcmd__identity__subcmd__providers,export)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__export"
                ;;
            alter__subcmd__identity__subcmd__providers,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers,list)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__list"
                ;;
            alter__subcmd__identity__subcmd__providers,show)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__show"
                ;;
            alter__subcmd__identity__subcmd__providers,test-login)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__test__subcmd__login"
                ;;
            alter__subcmd__identity__subcmd__providers,update)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__update"
                ;;
            alter__subcmd__identity__subcmd__providers,webhook)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,remove-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,run)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__run"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,set-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help,remove-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__remove__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help,run)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__run"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help,set-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__set__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,apply)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__apply"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,check-token)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__check__subcmd__token"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,create)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__create"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,delete)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__delete"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,diff)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__diff"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,directory-import)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,discover)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__discover"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,export)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__export"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,list)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__list"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,show)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__show"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,test-login)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__test__subcmd__login"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,update)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__update"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help,webhook)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import,remove-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import,run)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__run"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import,set-credential)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook,disable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__disable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook,enable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__enable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook,rotate)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__rotate"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook,disable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__disable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook,enable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__enable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook,rotate)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__rotate"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__status"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help,disable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__disable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help,enable)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__enable"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help,help)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__help"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help,rotate)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__rotate"
                ;;
            alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help,status)
                cmd="alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__status"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        alter)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version identity-providers idp auth link unlink doctor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version login status logout help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__help)
            opts="login status logout help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__help__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__login)
            opts="-q -v -h -V --with-token --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__logout)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__auth__subcmd__status)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__doctor)
            opts="-q -v -h -V --strict --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help)
            opts="identity-providers auth link unlink doctor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__auth)
            opts="login status logout"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__auth__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__auth__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__auth__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers)
            opts="discover create list show update delete webhook directory-import check-token test-login export diff apply"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__check__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import)
            opts="set-credential run status remove-credential"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__discover)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__test__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook)
            opts="enable disable rotate status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__link)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__help__subcmd__unlink)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version discover create configure list show update delete webhook directory-import check-token test-login export diff apply help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__apply)
            opts="-f -q -v -h -V --file --dry-run --update-secrets --replace --yes --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__check__subcmd__token)
            opts="-q -v -h -V --token --provider --offline --issuer-url --audience --user-id-claim --group-claim --role-claim --group-claim-stable-ids --strict --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-id-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim-stable-ids)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__create)
            opts="-q -v -h -V --issuer-url --audience --user-id-claim --group-claim --role-claim --group-claim-stable-ids --wallet-client-id --wallet-client-secret --input --dry-run --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-id-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim-stable-ids)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --wallet-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wallet-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__delete)
            opts="-q -v -h -V --provider --yes --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__diff)
            opts="-f -q -v -h -V --file --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version set-credential run status remove-credential help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help)
            opts="set-credential run status remove-credential help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__remove__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__set__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential)
            opts="-q -v -h -V --provider --yes --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__run)
            opts="-q -v -h -V --provider --wait --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential)
            opts="-q -v -h -V --provider --domain --client-id --client-secret --secret-key --org-url --private-key --kid --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__directory__subcmd__import__subcmd__status)
            opts="-q -v -h -V --provider --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__discover)
            opts="-q -v -h -V --issuer-url --offline --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__export)
            opts="-o -q -v -h -V --provider --output --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help)
            opts="discover create list show update delete webhook directory-import check-token test-login export diff apply help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__check__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import)
            opts="set-credential run status remove-credential"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__remove__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__set__subcmd__credential)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__directory__subcmd__import__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__discover)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__test__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook)
            opts="enable disable rotate status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__help__subcmd__webhook__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__list)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__show)
            opts="-q -v -h -V --provider --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__test__subcmd__login)
            opts="-q -v -h -V --provider --offline --issuer-url --audience --user-id-claim --group-claim --role-claim --group-claim-stable-ids --client-id --client-secret --flow --port --no-browser --scope --resource --timeout --print-token --strict --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-id-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim-stable-ids)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flow)
                    COMPREPLY=($(compgen -W "auto browser device paste" -- "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --print-token)
                    COMPREPLY=($(compgen -W "access id" -- "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__update)
            opts="-q -v -h -V --provider --audience --user-id-claim --group-claim --role-claim --group-claim-stable-ids --wallet-client-id --wallet-client-secret --remove-wallet --input --dry-run --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-id-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role-claim)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-claim-stable-ids)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --wallet-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wallet-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --input)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version enable disable rotate status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__disable)
            opts="-q -v -h -V --provider --yes --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__enable)
            opts="-q -v -h -V --provider --secret --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help)
            opts="enable disable rotate status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__rotate)
            opts="-q -v -h -V --provider --secret --yes --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__identity__subcmd__providers__subcmd__webhook__subcmd__status)
            opts="-q -v -h -V --provider --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__link)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        alter__subcmd__unlink)
            opts="-q -v -h -V --json --quiet --verbose --app --no-color --ca-cert --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --app)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _alter -o nosort -o bashdefault -o default alter
else
    complete -F _alter -o bashdefault -o default alter
fi

/// The bash completion of `lotse`, made from the declarations: commands, verbs, each
/// verb's options, and for each value what fits it (files, months around today, the
/// caller's pseudonyms, the declared words). Kept in the repository
/// (`Config/packaging/bash-completion/lotse`); a test regenerates and compares it.
public enum BashCompletion {
    /// The whole script.
    public static func render(commands: [CommandSpec]) -> String {
        let connection = CommandLineParser.connectionOptions
        var valued = Set(connection.filter { $0.value != nil }.map { "--" + $0.name })
        for command in commands {
            for verb in command.verbs {
                for option in verb.options where option.value != nil {
                    valued.insert("--" + option.name)
                    if let short = option.short { valued.insert("-\(short)") }
                }
            }
        }
        var script = """
        # bash completion for lotse(1). Generated from the command declarations in
        # Sources/LotseCLI/Declarations (LOTSE_REGENERATE=1 swift test --filter GeneratedFilesTests);
        # do not edit by hand.

        _lotse_months() {
            local i
            for i in -2 -1 0 1 2 3; do date -d "$(date +%Y-%m-15) $i month" +%Y-%m 2>/dev/null; done
        }

        _lotse_pseudonyms() {
            lotse client list 2>/dev/null | grep -o 'K-[0-9]\\{4\\}-[0-9]\\{4,\\}' | sort -u
        }

        # Completes the value of kind $1 (file, dir, month, pseudonym, or a word list).
        _lotse_value() {
            case "$1" in
                file) COMPREPLY=($(compgen -f -- "$cur")) ;;
                dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
                month) COMPREPLY=($(compgen -W "$(_lotse_months)" -- "$cur")) ;;
                pseudonym) COMPREPLY=($(compgen -W "$(_lotse_pseudonyms)" -- "$cur")) ;;
                words:*) COMPREPLY=($(compgen -W "${1#words:}" -- "$cur")) ;;
            esac
        }

        # The verbs of command $1 (their words joined by a blank), one per line.
        _lotse_verbs() {
            case "$1" in

        """
        for command in commands {
            let names = command.verbs.filter { !$0.words.isEmpty }.map(\.name)
            script += "        \(command.name)) printf '%s\\n' \(names.map { "'\($0)'" }.joined(separator: " ")) ;;\n"
        }
        script += """
            esac
        }

        # The options of verb "$1 $2" (the verb's words joined by a blank).
        _lotse_options() {
            case "$1 $2" in

        """
        for command in commands {
            for verb in command.verbs {
                let options = verb.options.map { "--" + $0.name } + (command.connects ? connection.map { "--" + $0.name } : []) + ["--help"]
                script += "        '\(command.name) \(verb.name)') echo '\(options.joined(separator: " "))' ;;\n"
            }
        }
        script += """
            esac
        }

        # What fits the value of option $3, or operand number $3, of verb "$1 $2".
        _lotse_kind() {
            case "$1 $2 $3" in

        """
        for command in commands {
            for verb in command.verbs {
                for option in verb.options {
                    guard let kind = option.value, let fits = completion(kind) else { continue }
                    script += "        '\(command.name) \(verb.name) --\(option.name)'\(option.short.map { "|'\(command.name) \(verb.name) -\($0)'" } ?? "")) echo '\(fits)' ;;\n"
                }
                for (index, operand) in verb.operands.enumerated() {
                    guard let fits = completion(operand.kind) else { continue }
                    script += "        '\(command.name) \(verb.name) \(index)') echo '\(fits)' ;;\n"
                }
            }
        }
        script += """
                *\\ --socket|*\\ --config) echo file ;;
            esac
        }

        _lotse() {
            local cur prev command="" verb="" i word skip=0 n
            local -a rest=()
            COMPREPLY=()
            cur="${COMP_WORDS[COMP_CWORD]}"
            prev="${COMP_WORDS[COMP_CWORD-1]}"
            # The command and the words after it that are not options or option values.
            for ((i = 1; i < COMP_CWORD; i++)); do
                word="${COMP_WORDS[i]}"
                if [ "$skip" = 1 ]; then skip=0; continue; fi
                case "$word" in
                    \(valued.sorted().joined(separator: "|"))) skip=1; continue ;;
                    -*) continue ;;
                esac
                if [ -z "$command" ]; then command="$word"; else rest+=("$word"); fi
            done
            if [ -z "$command" ]; then
                COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " ")) help --help --version --socket --config --json" -- "$cur"))
                return
            fi
            if [ "$command" = help ]; then
                if [ "${#rest[@]}" = 0 ]; then
                    COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " "))" -- "$cur"))
                else
                    COMPREPLY=($(compgen -W "$(_lotse_verbs "${rest[0]}" | cut -d' ' -f1 | sort -u)" -- "$cur"))
                fi
                return
            fi
            # The verb: the longest declared verb that the words begin with.
            local verbs
            verbs="$(_lotse_verbs "$command")"
            n=0
            while IFS= read -r word; do
                [ -n "$word" ] || continue
                local count=$(echo "$word" | wc -w)
                if [ "${rest[*]:0:$count}" = "$word" ] && [ "$count" -gt "$n" ]; then verb="$word"; n="$count"; fi
            done <<< "$verbs"
            case " \(commands.filter { $0.defaultVerb != nil }.map(\.name).joined(separator: " ")) " in
                *" $command "*) if [ -z "$verb" ] && [ "${#rest[@]}" -gt 0 ]; then verbs=""; fi ;;
            esac
            if [ -n "$verbs" ] && [ -z "$verb" ]; then
                # Still choosing the verb (or its second word).
                local sofar="${rest[*]}"
                COMPREPLY=($(compgen -W "$(while IFS= read -r word; do
                    if [ -z "$sofar" ]; then echo "${word%% *}"; elif [ "${word#"$sofar" }" != "$word" ]; then echo "${word#"$sofar" }" | cut -d' ' -f1; fi
                done <<< "$verbs" | sort -u)" -- "$cur"))
                return
            fi
            case "$prev" in
                \(valued.sorted().joined(separator: "|")))
                    _lotse_value "$(_lotse_kind "$command" "$verb" "$prev")"
                    return ;;
            esac
            if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "$(_lotse_options "$command" "$verb")" -- "$cur"))
                return
            fi
            _lotse_value "$(_lotse_kind "$command" "$verb" "$(( ${#rest[@]} - n ))")"
        }
        complete -F _lotse lotse

        """
        return script
    }

    /// What bash offers for a value of `kind`; nil for free text. A fixed word is offered
    /// as its code and as the German word help shows for it (`language`, `sprache`).
    static func completion(_ kind: ValueKind) -> String? {
        switch kind {
        case .file: "file"
        case .directory: "dir"
        case .month: "month"
        case .pseudonym, .pseudonymAfterAcuteRisk: "pseudonym"
        case .keyword(let words):
            "words:" + (words + words.map(GermanKeywords.shown).filter { !words.contains($0) }).joined(separator: " ")
        case .keywords, .text, .code, .number, .date, .dates, .time, .slot, .municipality, .specialist, .specialists, .user, .languages: nil
        }
    }
}

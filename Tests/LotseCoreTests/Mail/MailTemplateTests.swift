import Foundation
import LotseCore
import Testing

@Suite struct MailTemplateTests {
    @Test func theShippedTemplatesLoadForEveryKindAndLanguage() throws {
        let catalog = try MailTestSupport.shippedCatalog()
        #expect(catalog.all.count == ReminderKind.allCases.count * MessageLanguage.allCases.count)
    }

    @Test func anUnknownPlaceholderIsAConfigurationErrorNamingFileAndLine() {
        let text = "Subject: Termin\n\nHallo,\nIhr Befund: {{screeningResult}}\n"
        #expect(throws: MailTemplateError.unknownPlaceholder(file: "de/appointment-reminder.txt", line: 4, name: "screeningResult")) {
            try MailTemplate(parsing: text, file: "de/appointment-reminder.txt", kind: .appointmentReminder, language: .de)
        }
        let message = MailTemplateError.unknownPlaceholder(file: "de/x.txt", line: 4, name: "note").description
        #expect(message.hasPrefix("de/x.txt:4:") && message.contains("{{note}}"))
    }

    @Test func anUnknownPlaceholderInTheSubjectIsReportedOnLineOne() {
        #expect(throws: MailTemplateError.unknownPlaceholder(file: "f", line: 1, name: "diagnosis")) {
            try MailTemplate(parsing: "Subject: {{diagnosis}}\n\nx\n", file: "f", kind: .followUpDue, language: .en)
        }
    }

    @Test func aKnownPlaceholderTheKindDoesNotProvideIsRefused() {
        #expect(throws: MailTemplateError.placeholderNotAllowed(file: "f", line: 3, name: "pseudonym", kind: .rosterAwaitingApproval)) {
            try MailTemplate(parsing: "Subject: Plan\n\n{{pseudonym}}\n", file: "f", kind: .rosterAwaitingApproval, language: .de)
        }
    }

    @Test func malformedTemplatesAreRefused() {
        #expect(throws: MailTemplateError.missingSubject(file: "f")) {
            try MailTemplate(parsing: "Betreff: x\n\ny\n", file: "f", kind: .followUpDue, language: .de)
        }
        #expect(throws: MailTemplateError.missingBlankLine(file: "f", line: 2)) {
            try MailTemplate(parsing: "Subject: x\ny\n", file: "f", kind: .followUpDue, language: .de)
        }
        #expect(throws: MailTemplateError.emptyBody(file: "f")) {
            try MailTemplate(parsing: "Subject: x\n\n\n\n", file: "f", kind: .followUpDue, language: .de)
        }
        #expect(throws: MailTemplateError.unclosedPlaceholder(file: "f", line: 3)) {
            try MailTemplate(parsing: "Subject: x\n\n{{pseudonym\n", file: "f", kind: .followUpDue, language: .de)
        }
    }

    @Test func placeholdersMayHaveSpacesInsideTheBraces() throws {
        let template = try MailTemplate(parsing: "Subject: {{ pseudonym }}\n\nam {{date}}\n", file: "f", kind: .followUpDue, language: .de)
        #expect(template.placeholders == [.pseudonym, .date])
    }

    @Test func aCatalogMissingATemplateOrHoldingAStrayFileIsRefused() throws {
        var files = try MailTestSupport.templateFiles(in: MailTestSupport.templateDirectory)
        let complete = files
        files.removeAll { $0.path == "en/session-list.txt" }
        #expect(throws: MailTemplateError.missingTemplate(kind: .sessionList, language: .en, directory: "mail")) {
            try MailTemplateCatalog(files: files, directory: "mail")
        }
        #expect(throws: MailTemplateError.unknownKind(file: "mail/de/party-invitation.txt")) {
            try MailTemplateCatalog(files: complete + [(path: "de/party-invitation.txt", content: "Subject: x\n\ny\n")], directory: "mail")
        }
    }

    @Test func renderingWithoutANeededFactFails() throws {
        let template = try MailTemplate(parsing: "Subject: x\n\n{{place}}\n", file: "f", kind: .sessionCancelled, language: .de)
        #expect(throws: MailTemplateError.missingFact(kind: .sessionCancelled, placeholder: .place)) {
            try template.render(ReminderFacts(district: "D"), timeZone: MailTestSupport.berlin)
        }
    }
}

/// Mail never carries a screening result, a note or a recommendation.
@Suite struct MailPrivacyTests {
    /// The complete list of placeholders; extending it must be a deliberate, reviewed act.
    /// `appointment` (issue 15) is the booked appointment's number, so that the caseworker's
    /// mail can name `lotse appointment cancel N`: a number the caseworker sees anyway.
    @Test func placeholdersAreOnlyPseudonymDateTimePlaceAndOtherNeutralFacts() {
        // account and standing (issue 14): who raised an acute-risk alert, and whether the
        // pseudonym is one of their clients — staff facts, nothing about the client's health.
        // about (issue 16): the pseudonym in a phrase (" zu K-2026-0042"), empty for a
        // consultation about a case in general — nothing the pseudonym does not say.
        // for (issue 16): likewise " für K-2026-0042", empty without a client.
        let safe: Set<String> = ["pseudonym", "date", "time", "place", "district", "month", "weeks",
                                 "appointments", "count", "address", "reference", "account", "standing", "appointment", "overdue",
                                 "about", "for"]
        #expect(Set(MailPlaceholder.allCases.map(\.rawValue)) == safe)
        for kind in ReminderKind.allCases {
            #expect(Set(kind.allowedPlaceholders.map(\.rawValue)).isSubset(of: safe))
        }
    }

    static let forbidden = ["screening", "score", "ergebnis", "befund", "diagnos", "empfehlung", "recommend",
                            "notiz", "note:", "suizid", "suicid", "risiko", "risk", "ptbs", "ptsd",
                            "psychotherap", "psychiatr", "depress", "selbstgef", "fremdgef", "self-harm"]

    @Test func noTemplateMentionsAHealthDetailInAnyRenderedMessage() throws {
        let catalog = try MailTestSupport.shippedCatalog()
        for template in catalog.all {
            let text = try template.render(MailTestSupport.sampleFacts(), timeZone: MailTestSupport.berlin)
            let rendered = (text.subject + "\n" + text.body).lowercased()
            for word in Self.forbidden {
                #expect(!rendered.contains(word), "\(template.file) mentions \"\(word)\"")
            }
        }
    }

    @Test func everyRenderedValueComesFromTheTemplateOrTheNeutralFacts() throws {
        // Fill the facts with markers, render, and remove every marker and the template's
        // fixed text: nothing else may remain.
        let catalog = try MailTestSupport.shippedCatalog()
        for template in catalog.all {
            let facts = MailTestSupport.sampleFacts()
            let text = try template.render(facts, timeZone: MailTestSupport.berlin)
            for placeholder in template.placeholders {
                #expect(template.kind.allowedPlaceholders.contains(placeholder))
                let value = facts.text(for: placeholder, language: template.language, timeZone: MailTestSupport.berlin) ?? ""
                #expect(!value.isEmpty)
            }
            #expect(!text.body.contains("{{") && !text.subject.contains("{{"))
        }
    }
}

@Suite struct ConsultationMailWordingTests {
    /// The outside check of issue 16: a consultation about a case in general (no client)
    /// was announced as "Fallberatung zu —".
    @Test func aConsultationWithoutAClientIsNotAboutADash() {
        let general = ReminderFacts(district: "Landkreis Ludwigsburg", pseudonym: "—")
        let client = ReminderFacts(district: "Landkreis Ludwigsburg", pseudonym: "K-2026-0042")
        let zone = TimeZone(identifier: "Europe/Berlin") ?? .gmt
        #expect(general.text(for: .about, language: .de, timeZone: zone) == "")
        #expect(general.text(for: .about, language: .en, timeZone: zone) == "")
        #expect(client.text(for: .about, language: .de, timeZone: zone) == " zu K-2026-0042")
        #expect(client.text(for: .about, language: .en, timeZone: zone) == " on K-2026-0042")
    }

    /// The outside check of issue 16: a session cancelled under a case consultation
    /// without a client told the caseworker "Termin für —".
    @Test func noMailThatMayConcernAConsultationWithoutAClientShowsADashOrAPlaceholder() throws {
        let catalog = try MailTestSupport.shippedCatalog()
        let start = MailTestSupport.berlinTime(2027, 1, 12, 14, 0)
        let facts = ReminderFacts(district: "Landkreis Ludwigsburg", pseudonym: "—", when: start, place: "Raum 1",
                                  appointments: [.init(start: start, pseudonym: "—")], appointment: 7)
        let kinds: [ReminderKind] = [.consultationPublished, .consultationReminder, .sessionCancelled, .appointmentCancelled, .sessionList]
        for kind in kinds {
            for language in MessageLanguage.allCases {
                let template = try #require(catalog.template(kind, language: language))
                let text = try template.render(facts, timeZone: MailTestSupport.berlin)
                let rendered = text.subject + "\n" + text.body
                #expect(!rendered.contains("—") && !rendered.contains("{{"), "\(template.file): \(rendered)")
                #expect(!rendered.contains("für  ") && !rendered.contains(" zu am") && !rendered.contains("for  "), "\(template.file)")
            }
        }
        let client = ReminderFacts(district: "D", pseudonym: "K-2026-0042")
        #expect(client.text(for: .forClient, language: .de, timeZone: MailTestSupport.berlin) == " für K-2026-0042")
        #expect(client.text(for: .forClient, language: .en, timeZone: MailTestSupport.berlin) == " for K-2026-0042")
    }
}

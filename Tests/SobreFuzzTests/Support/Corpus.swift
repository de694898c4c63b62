import SobreCore

/// Valid inputs the mutations start from.
enum Corpus {
    /// Every question type, option sets, bands, labels, N/A, conditions, `after`, weakest link.
    static let everyType = """
        format: 1
        id: fuzz-types
        version: "2026.1"
        language: fr
        title: Tous les types
        source: Essai
        levels:
          - { id: 1, name: Découverte, min: 0 }
          - { id: 2, name: Engagé, min: 30, description: Des actions. }
          - { id: 3, name: Structuré, min: 55 }
          - { id: 4, name: Exemplaire, min: 80 }
        scoring:
          weakest_link: 1
        option_sets:
          engagement:
            - { id: non, label: Pas encore, score: 0 }
            - { id: reflexion, label: En réflexion, score: 0.25 }
            - { id: realise, label: Réalisé, score: 1 }
        themes:
          - id: gouv
            title: Gouvernance
            weight: 2
            questions:
              - id: sponsor
                text: La direction porte-t-elle la démarche ?
                help: Demander le mandat.
                type: single
                options: engagement
              - id: referent
                text: Un référent ?
                type: boolean
                scores: { yes: 1, no: 0.2 }
              - id: heures
                text: Heures par mois ?
                type: number
                unit: heures
                integer: true
                min: 0
                max: 200
                bands:
                  - { upto: 0, score: 0 }
                  - { upto: 10, score: 0.5 }
                  - { score: 1 }
                when: gouv.referent == true and gouv.sponsor in ['reflexion', 'realise']
          - id: usages
            title: Usages
            questions:
              - id: impression
                text: Quelles pratiques ?
                type: multiple
                options:
                  - { id: recto_verso, label: Recto-verso, score: 0.5 }
                  - { id: badge, label: Badge, score: 0.5 }
                  - { id: aucune, label: Aucune, score: 0, exclusive: true }
              - id: extinction
                text: Les postes sont-ils éteints ?
                type: scale
                min: 1
                max: 5
                labels: { 1: Jamais, 5: Toujours }
                na: true
                weight: 0.5
              - id: postes
                text: Combien de postes ?
                type: number
                min: 0
              - id: commentaire
                text: Un commentaire ?
                type: text
                required: false
                when: count(usages.impression) >= 1 or not answered(usages.extinction)
        actions:
          - id: nommer
            title: Nommer un référent
            theme: gouv
            priority: high
            effort: low
            when: not gouv.referent
          - id: eteindre
            title: Éteindre les postes
            theme: usages
            priority: medium
            effort: low
            when: usages.extinction < 4 or na(usages.extinction)
            after: [nommer]
          - id: imprimer
            title: Imprimer moins
            theme: usages
            priority: low
            effort: medium
            when: not (usages.impression contains 'recto_verso') and score(gouv.sponsor) < 1
          - id: structurer
            title: Structurer
            theme: gouv
            priority: medium
            effort: high
            when: theme_score(gouv) < 50 or overall_level() <= 2 or theme_level(usages) == 1 or overall_score() / 2 > -1
            after: [nommer, eteindre]
            source: Guide
        """

    static let english = """
        format: 1
        id: fuzz-en
        version: "1"
        language: en
        title: Test
        levels:
          - { id: 1, name: Start, min: 0 }
          - { id: 2, name: Good, min: 50 }
        themes:
          - id: gov
            title: Governance
            questions:
              - id: lead
                text: Is there a lead?
                type: boolean
              - id: count
                text: How many screens?
                type: number
                min: 0
              - id: level
                text: How far?
                type: scale
                min: 0
                max: 10
        actions:
          - id: appoint
            title: Appoint a lead
            theme: gov
            priority: high
            effort: low
            when: gov.lead == false or gov.level * 2 + 1 > gov.count - 3
        """

    /// The bundled questionnaire.
    static let bundled = Fuzz.packageFile("Questionnaires/essms-sobriete.fr.yaml")

    /// Questionnaires as bytes: the small ones first, the bundled one last (it is 60 kB, so the
    /// loader fuzz picks it less often).
    static let questionnaires: [[UInt8]] = [Array(everyType.utf8), Array(english.utf8)] + (bundled.isEmpty ? [] : [bundled])

    /// Loaded, for the targets that need a questionnaire.
    static let loaded: [Questionnaire] = questionnaires.compactMap {
        QuestionnaireLoader.load(bytes: $0, path: "corpus.yaml").questionnaire
    }

    static let sampleAssessment = Fuzz.packageFile("Reports/examples/assessment.json")

    static let yamlDictionary: [[UInt8]] = (
        [": ", "- ", "-", ":", "? ", "#", "&a ", "*a", "&b [1, 2]", "*b", "!!str ", "!!int ", "!!binary ", "!foo ", "<<: *a",
         "{", "}", "[", "]", ",", "'", "\"", "''", "\\", "|", "|-", ">", ">+", "\t", "\n", "\r\n", "  ", "\n  ", "\n    - ",
         "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "~", "null", "true", "false", "yes", "no", ".nan", ".inf",
         "type: ", "options: ", "when: ", "id: ", "score: ", "min: ", "max: ", "weight: ", "bands: ", "after: ",
         "format: 2", "language: en", "single", "multiple", "boolean", "scale", "number", "text", "exclusive: true",
         " and ", " or ", "not ", " == ", " in ['a']", " contains ", "score(", "count(", "theme_score(", "overall_level()",
         "gouv.sponsor", "usages.impression", "\u{0}"]
            .map { Array($0.utf8) }) + Mutator.hostileBytes + Mutator.hugeNumbers.map { Array($0.utf8) }

    static let jsonDictionary: [[UInt8]] = (
        ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\n", "null",
         "true", "false", "-", "0", "-0", "1e999", "1E-999", "0.5", "\"format\": 1", "\"format\": 2", "\"answers\": {}",
         "\"value\": ", "\"na\": true", "\"na\": false", "\"note\": 1", "\"status\": \"complete\"", "\"status\": 7",
         "\"site\": {\"id\": \"\"}", "\"date\": \"2026-02-30\"", "\"finess\": \"2A0000008\"", "\"finess\": \"123\"",
         "\"respondent\": []", "\"questionnaire\": {\"id\": 1}", "\"gouvernance.sponsor\": ", "{\"value\": [\"a\", \"a\"]}",
         " ", "\n", "\t", "\r"]
            .map { Array($0.utf8) }) + Mutator.hostileBytes + Mutator.hugeNumbers.map { Array($0.utf8) }
}

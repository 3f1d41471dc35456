/// The files `journeymap new` writes: a journey with two stages and one touchpoint
/// that shows every common key, or a library document with one persona or segment.
/// Each checks with no error and no warning once written (the example values are
/// meant to be replaced).
enum Skeleton {
    static func text(_ kind: NewAction.Kind, title: String, id: String) -> String {
        switch kind {
        case .journey: return journey(title: title, id: id)
        case .persona: return persona(title: title, id: id)
        case .segment: return segment(title: title, id: id)
        }
    }

    static func journey(title: String, id: String) -> String {
        """
        ---
        id: \(id)
        owner: Your team
        status: draft
        # persona: the id of a persona of the maps folder (journeymap new persona "Title")
        ---

        # \(title)

        What this journey is about, and for whom, in a sentence or two.

        ## Stage: Discover
        - goal: What the business wants from this stage
        - kpi: a measure: now -> target

        ### Touchpoint: First contact {#first-contact}
        - channel: web
        - action: What the customer does here
        - thought: What the customer thinks or asks
        - emotion: curious
        - pain: What gets in the way
        - opportunity: How it could be better
        - data: analytics
        - source: an interview
        - score: volume 3, influence 3, data 3
        - need: 3
        - value: 3
        - traffic: 100/day
        - next: end

        #### Tactic: A first tactic
        - trigger: the data or rule that fires it
        - content: what the customer sees or receives
        - data: what customer data it uses
        - consent: consent
        - fallback: what customers see when that data is missing
        - impact: 3
        - effort: 3
        - confidence: 3
        - kpi: a measure: now -> target

        ## Stage: Decide
        - goal: What the business wants from this stage
        - action: What the customer does at this stage (add touchpoints when you know them)

        """
    }

    static func persona(title: String, id: String) -> String {
        """
        ---
        status: draft
        ---

        # \(title)

        ## Persona: \(title) {#\(id)}
        - goal: What they want to achieve
        - need: What they need from us
        - frustration: What gets in their way
        - quote: "Something they said in an interview"

        Who they are, in a few sentences. Journeys name this persona in their front matter
        (`persona: \(id)`); add `- segment: segment-id` to the list above to link a segment.

        """
    }

    static func segment(title: String, id: String) -> String {
        """
        ---
        status: draft
        ---

        # \(title)

        ## Segment: \(title) {#\(id)}
        - rule: who belongs to it, as a rule the data can apply
        - basis: behavioral
        - size: 10%

        What sets this segment apart. Tactics name it with `- segment: \(id)`.

        """
    }
}

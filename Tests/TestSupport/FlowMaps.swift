/// Two journeys whose flows lead into each other, for the flow and export tests.
public enum FlowMaps {
    public static let flow = """
        ---
        id: flow
        ---

        # Flow

        ## Stage: One

        ### Touchpoint: A
        - channel: web
        - next: b 70% (has an account), c 20% (new customer), end 5%

        ### Touchpoint: B
        - channel: web

        ### Touchpoint: C
        - channel: web

        ## Stage: Two

        ### Touchpoint: D
        - channel: web
        - next: other/y 50%, END

        ### Touchpoint: E
        - channel: web
        - entry: yes
        - next: flow/g

        ### Touchpoint: F
        - channel: web

        ### Touchpoint: G
        - channel: web

        """

    public static let other = """
        ---
        id: other
        ---

        # Other

        ## Stage: S

        ### Touchpoint: Welcome
        - channel: email
        - next: end

        ### Touchpoint: Y
        - channel: app

        """
}

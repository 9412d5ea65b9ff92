"""The Streamlit dashboard: pages that call queries/ and draw the network with pyvis."""

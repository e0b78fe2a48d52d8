"""The OpenAI agent classifier: an Agents SDK agent with file search, behind the Classifier port."""

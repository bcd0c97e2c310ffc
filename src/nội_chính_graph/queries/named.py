"""The named SPARQL queries of the JSON API. Each takes its values through ``#BIND``."""

ENTITY_EXISTS = """
ASK {
  { #BIND
    ?entity ?p ?o } UNION { #BIND
    ?s ?p ?entity }
}
"""

ENTITY_STATEMENTS = """
SELECT DISTINCT ?p ?o WHERE { #BIND
  ?entity ?p ?o .
}
"""

INCOMING = """
SELECT DISTINCT ?s ?p WHERE { #BIND
  ?s ?p ?entity .
  FILTER NOT EXISTS { ?s prov:wasDerivedFrom|ncg:evidence ?source }
  FILTER NOT EXISTS { ?s a oa:Annotation }
}
LIMIT 500
"""

FACTS_ABOUT = """
SELECT DISTINCT ?fact ?relation ?p ?o WHERE { #BIND
  ?fact ?relation ?entity .
  FILTER EXISTS { ?fact prov:wasDerivedFrom|ncg:evidence ?source }
  ?fact ?p ?o .
}
"""

SOURCES = """
SELECT DISTINCT ?fact ?source ?annotation ?exact ?start ?end ?url ?title ?publisher ?issued
WHERE {
  { #BIND
    ?fact prov:wasDerivedFrom ?source }
  UNION
  { #BIND
    ?fact ncg:evidence ?annotation .
    ?annotation oa:hasTarget ?target .
    ?target oa:hasSource ?source .
    OPTIONAL { ?target oa:hasSelector ?quote . ?quote oa:exact ?exact }
    OPTIONAL { ?target oa:hasSelector ?position . ?position oa:start ?start ; oa:end ?end } }
  OPTIONAL { ?source schema:url ?url }
  OPTIONAL { ?source dcterms:title ?title }
  OPTIONAL { ?source dcterms:publisher ?publisher }
  OPTIONAL { ?source dcterms:issued ?issued }
}
"""

BLOC_MEMBERSHIPS = """
SELECT DISTINCT ?membership ?member ?role ?interval ?begin ?end WHERE { #BIND
  ?membership org:organization ?bloc ;
              org:member ?member ;
              org:role ?role .
  OPTIONAL {
    ?membership org:memberDuring ?interval .
    OPTIONAL { ?interval time:hasBeginning/time:inXSDDate ?begin }
    OPTIONAL { ?interval time:hasEnd/time:inXSDDate ?end }
  }
}
"""

# Each UNION branch binds variables of its own, joined after the UNION: Virtuoso 7 loses a
# variable bound in one branch when another binds it only in an OPTIONAL (the Party-role
# entry came back without organisation and role; issue 13, finding 9).
PERSON_TIMELINE = """
SELECT DISTINCT ?fact ?kind ?what ?organ ?role ?modifier ?term ?when ?interval ?begin ?end
WHERE {
  { #BIND
    ?fact ncg:holder ?person ; ncg:post ?what .
    BIND("post" AS ?kind)
    OPTIONAL { ?what org:postIn ?postIn }
    OPTIONAL { ?what org:role ?postRole }
    OPTIONAL { ?fact ncg:modifier ?modifier }
  } UNION { #BIND
    ?fact ncg:holder ?person ; ncg:rank ?what .
    BIND("rank" AS ?kind)
  } UNION { #BIND
    ?fact org:member ?person ; org:organization ?what ; org:role ?memberRole .
    BIND("party-role" AS ?kind)
    OPTIONAL { ?fact ncg:partyTerm ?term }
  }
  BIND(IF(?kind = "party-role", ?what, ?postIn) AS ?organ)
  BIND(COALESCE(?postRole, ?memberRole) AS ?role)
  OPTIONAL {
    VALUES ?when { ncg:heldDuring ncg:attestedDuring org:memberDuring }
    ?fact ?when ?interval .
    OPTIONAL { ?interval time:hasBeginning/time:inXSDDate ?begin }
    OPTIONAL { ?interval time:hasEnd/time:inXSDDate ?end }
  }
}
"""

DESCRIBE_ENTITY = """
CONSTRUCT { ?entity ?p ?o . ?s ?q ?entity . } WHERE {
  { #BIND
    ?entity ?p ?o } UNION { #BIND
    ?s ?q ?entity }
}
"""

ONTOLOGY_TERMS = """
SELECT ?term ?kind ?p ?o WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty }
  ?term a ?kind ; ?p ?o .
  FILTER(STRSTARTS(STR(?term), STR(ncg:)))
}
"""

ONTOLOGY_HEADER = """
SELECT ?p ?o WHERE { #BIND
  ?ontology ?p ?o .
}
"""

WHOLE_GRAPH = """
CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }
"""

__all__ = [
    "BLOC_MEMBERSHIPS",
    "DESCRIBE_ENTITY",
    "ENTITY_EXISTS",
    "ENTITY_STATEMENTS",
    "FACTS_ABOUT",
    "INCOMING",
    "ONTOLOGY_HEADER",
    "ONTOLOGY_TERMS",
    "PERSON_TIMELINE",
    "SOURCES",
    "WHOLE_GRAPH",
]

"""English street types after a street's name (data only, no logic), used by :mod:`suffix_streets`.

Written by hand from the primary street suffix names of USPS Publication 28, *Postal Addressing
Standards*, Appendix C1 (a work of the US government, public domain), and its standard abbreviations;
plus a few street types of British and Commonwealth addresses that C1 lacks (:data:`COMMONWEALTH`).
No list was taken from a fake-data generator. Most of these are ordinary words too (``Court``,
``Village``, ``Park``, ``Mission``, ``Rest``), so :mod:`suffix_streets` takes them only in the shape of
an address: a name, the street type and a house number.

Left out (:data:`LEFT_OUT`): C1 names that are words of aid feedback before a number far more often
than streets: numbered facilities, units and water points (``Health Center 2``, ``Police Station 3``,
``Flat 4``, ``Borehole Well 2``, ``Water Point Spring 3``), camps and blocks (``Camp 3``: camps are found by the camp
rules), and nature words (``River``, ``Lake``, ``Island``, ``Field``, ``Spring``).
"""

from __future__ import annotations

USPS_C1 = tuple("""
Alley Allee Annex Arcade Avenue Bayou Beach Bend Bluff Bluffs Bottom Boulevard Bridge Brook Brooks Burg Burgs
Bypass Canyon Cape Causeway Circle Circles Cliff Cliffs Common Commons Corner Corners Court Courts Cove Coves
Creek Crescent Crest Crossing Crossroad Crossroads Curve Dale Drive Drives Estate Estates Expressway Extension
Falls Ferry Forest Forge Fork Forks Freeway Garden Gardens Glen Glens Green Greens Grove Groves Harbor Harbors
Harbour Haven Heights Highway Hill Hills Hollow Inlet Isle Junction Knoll Knolls Landing Lane Lodge Loop Manor
Manors Meadow Meadows Mews Mill Mills Mission Motorway Mount Mountain Mountains Neck Orchard Oval Overpass Park
Parks Parkway Pass Passage Path Pike Pine Pines Place Plain Plains Plaza Point Points Prairie Ramp Ranch Rapids
Rest Ridge Ridges Road Route Row Run Shoal Shoals Shore Shores Skyway Square Squares Street Summit Terrace
Throughway Trace Trafficway Trail Tunnel Turnpike Underpass Valley Valleys Viaduct View Views Village Villages
Ville Vista Walk Walks Wall Way Ways
""".split())
"""Primary street suffix names of USPS Publication 28, Appendix C1 (without :data:`LEFT_OUT`)."""

ABBREVIATIONS = tuple("""
Aly Anx Arc Ave Byu Bch Bnd Blf Btm Blvd Brg Brk Byp Cyn Cpe Cswy Cir Clf Cmn Cor Crse Ct Cts Cv Crk Cres Crst
Xing Dl Dr Est Ests Expy Ext Fry Frst Frk Fwy Gdn Gdns Gln Grn Grv Hbr Hvn Hts Hwy Hl Hls Holw Jct Knl Ln Mnr
Mdw Mdws Ml Msn Mt Mtn Mtns Orch Opas Pkwy Psge Pne Pnes Pl Pln Plz Pt Rnch Rpds Rdg Rd Rte Shr Shrs Skwy Sq
St Smt Ter Trce Trl Tunl Tpke Upas Vly Vw Vlg Vl Vis Wy
""".split())
"""The Publication's standard abbreviations of those names (``Ct``, ``Hts``, ``Ter``, ``Pkwy``); written
with or without a full stop."""

COMMONWEALTH = ("Close", "Rise", "Villas", "Parade", "Esplanade", "Quay", "Wynd", "Approach")
"""Street types of British, Irish, Kenyan, South African and Australian addresses that C1 lacks."""

LEFT_OUT = tuple("""
Camp Center Centers Club Station Well Wells Spring Springs Key Keys Light Lights Lock Locks Loaf Land Course Track
Union Unions Branch Field Fields Port Ports Trailer Divide Radial Stream River Lake Lakes Island Islands Dam
Gateway Fort Ford Fords Flat Flats Mall Fall Stravenue
""".split())
"""C1 names left out (module docstring)."""

STREET_TYPES = tuple(dict.fromkeys((*USPS_C1, *COMMONWEALTH)))
"""Full street types after a name, C1 and the Commonwealth's."""

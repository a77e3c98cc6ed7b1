#!/usr/bin/env python3
"""Writes N rows of made-up municipalities in the columns of gemeenten.csv, for benchmarks and
load tests. Every name and number is invented (voorbeeldgegevens); the same N always gives the
same file.

    generate.py N > gemeenten-N.csv
"""
import random
import sys

FIRST = ["Linden", "Beek", "Zand", "Wier", "Groen", "Kranen", "Heeren", "Dal", "Ooster", "Ridder", "Molen", "Berg",
         "Vliet", "Hof", "Meer", "Brug", "Veen", "Wold", "Dijk", "Horst"]
LAST = ["meer", "dalen", "hoven", "um", "veen", "burg", "bosch", "sen", "laan", "kamp", "wijk", "dorp", "haven", "rode",
        "vaart", "zande", "loo", "hem", "ward", "hout"]
PROVINCES = ["Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht", "Noord-Holland",
             "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]
WIJKEN = ["Centrum", "Noord", "Oost", "Zuid", "West", "De Akker", "Molenhof", "Haven", "Dorp", "Polder", "Bosrand", "Veld"]
ACTIVITIES = ["Spel en sport op het plein", "Huiswerkhulp", "Kookclub", "Buitenspeeldag", "Taalspel",
              "Weerbaarheidstraining", "Knutselmiddag", "Ouderochtend over opvoeden", "Kinderraad", "Techniekclub"]


def dutch(n):
    """1850 -> 1.850, as Dutch Excel writes it."""
    return "{:,}".format(n).replace(",", ".")


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    rng = random.Random(2021)
    print("code;gemeente;provincie;jaar;organisatie;kinderen;kinderwerkers;bereik;wijk_1;bereik_wijk_1;wijk_2;bereik_wijk_2;"
          "wijk_3;bereik_wijk_3;wijk_4;bereik_wijk_4;activiteiten;advies_gemeente")
    for i in range(int(sys.argv[1])):
        name = rng.choice(FIRST) + rng.choice(LAST) + ("" if i < 400 else " " + str(i))
        children = rng.randint(400, 60000)
        workers = max(0.5, round(children / rng.randint(400, 900) * 2) / 2)
        wijken = rng.sample(WIJKEN, 4)
        reach = [rng.randint(10, 400) for _ in wijken]
        cells = ["GM%04d" % (9000 + i), name, rng.choice(PROVINCES), "2026", "Welzijn " + name, dutch(children),
                 str(workers).replace(".", ",").replace(",0", ""), "%d%%" % rng.randint(8, 35)]
        for w, r in zip(wijken, reach):
            cells += [w, str(r)]
        cells.append('"' + "\n".join(rng.sample(ACTIVITIES, rng.randint(2, 4))) + '"')
        cells.append("Kinderwerk in " + wijken[3] + " versterken.")
        print(";".join(cells))


if __name__ == "__main__":
    main()

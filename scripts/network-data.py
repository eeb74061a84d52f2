#!/usr/bin/env python3
"""Writes data/networks/china-east-west.json: the East-Data-West-Computing network shipped with Suanpan.

The figures and their sources are below; the derived ones (round trips from distance, the regional split of demand
and of installed capacity) are computed here so that anyone can check or redo them. Run from the repository root:
    python3 scripts/network-data.py
"""
import json
import math

# Places: (id, name, longitude, latitude, catalog region). Coordinates of the city or cluster seat, 0.1°.
ZH = {"beijing": "北京", "zhangjiakou": "张家口集群（河北）", "horinger": "和林格尔集群（内蒙古呼和浩特）",
      "shanghai": "上海（含长三角生态绿色一体化发展示范区集群）", "hangzhou": "杭州", "nanjing": "南京", "wuhu": "芜湖集群（安徽）",
      "hefei": "合肥", "guangzhou": "广州—深圳", "shaoguan": "韶关集群（广东）", "wuhan": "武汉", "zhengzhou": "郑州",
      "chengdu": "成都（含天府集群）", "chongqing": "重庆集群", "xian": "西安", "guian": "贵安集群（贵州）",
      "qingyang": "庆阳集群（甘肃）", "zhongwei": "中卫集群（宁夏）"}
CENTER_ZH = {"wuhan-aicc": "武汉人工智能计算中心", "nanjing-icc": "南京智能计算中心", "hefei-acc": "合肥先进计算中心",
             "chengdu-icc": "成都智算中心", "pengcheng-2": "鹏城云脑II（深圳）", "cmcc-hohhot": "中国移动呼和浩特智算中心",
             "alibaba-zhangbei": "阿里云张北智算中心", "alibaba-ulanqab": "阿里云乌兰察布智算中心",
             "qingyang-cluster": "庆阳集群各中心"}
NODES = [
    ("beijing", "Beijing", 116.4, 39.9, "beijing"),
    ("zhangjiakou", "Zhangjiakou cluster (Hebei)", 114.9, 40.8, ""),
    ("horinger", "Horinger cluster (Hohhot, Inner Mongolia)", 111.8, 40.4, "inner-mongolia-horinger"),
    ("shanghai", "Shanghai (with the Yangtze Delta demonstration-zone cluster)", 121.5, 31.2, "shanghai"),
    ("hangzhou", "Hangzhou", 120.2, 30.3, "zhejiang-hangzhou"),
    ("nanjing", "Nanjing", 118.8, 32.1, "jiangsu-nanjing"),
    ("wuhu", "Wuhu cluster (Anhui)", 118.4, 31.3, ""),
    ("hefei", "Hefei", 117.3, 31.8, ""),
    ("guangzhou", "Guangzhou–Shenzhen", 113.3, 23.1, ""),
    ("shaoguan", "Shaoguan cluster (Guangdong)", 113.6, 24.8, "guangdong-shaoguan"),
    ("wuhan", "Wuhan", 114.3, 30.6, "hubei-wuhan"),
    ("zhengzhou", "Zhengzhou", 113.7, 34.8, "henan-zhengzhou"),
    ("chengdu", "Chengdu (with the Tianfu cluster)", 104.1, 30.7, "sichuan-chengdu"),
    ("chongqing", "Chongqing cluster", 106.5, 29.6, ""),
    ("xian", "Xi'an", 108.9, 34.3, ""),
    ("guian", "Gui'an cluster (Guizhou)", 106.4, 26.4, "guizhou-guian"),
    ("qingyang", "Qingyang cluster (Gansu)", 107.6, 35.7, "gansu-qingyang"),
    ("zhongwei", "Zhongwei cluster (Ningxia)", 105.2, 37.5, "ningxia-zhongwei"),
]

# Demand. China's installed intelligent compute in 2024: 725.3 EFLOPS FP16 (IDC & Inspur, 2025 report); average
# utilization of intelligent computing centers about 30 % (Inspur AI Research, seed article 004). Demand served in
# 2024 ≈ 725,300 P × 0.30. Growth: IDC's forecast 2024 → 2026 (725.3 → 1,460.3 EFLOPS), 41.9 % a year.
INSTALLED_2024 = 725_300.0
UTILIZATION = 0.30
GROWTH = (1460.3 / 725.3) ** 0.5 - 1
# Where it arises: the 2021 shares of data-center racks by region (Energy digital transformation white paper 2021,
# via 中商产业研究院 2022-04-21), the one regional split published: Beijing area 26.5 %, Shanghai area 25.3 %,
# Guangzhou area 13.5 %, central 12.2 %, west 18.7 % (the north-east's 3.8 % is left out: no node there).
# Within a region, split by the cities' 2023 GDP (an estimate: no source splits compute demand by city).
REGION_SHARES = {
    "beijing": {"beijing": 1.0},
    "shanghai": {"shanghai": 4.72, "hangzhou": 2.01, "nanjing": 1.75, "hefei": 1.27},
    "guangzhou": {"guangzhou": 1.0},
    "central": {"wuhan": 2.00, "zhengzhou": 1.36},
    "west": {"chengdu": 2.21, "chongqing": 3.01, "xian": 1.20},
}
REGION_PERCENT = {"beijing": 26.5, "shanghai": 25.3, "guangzhou": 13.5, "central": 12.2, "west": 18.7}
# Work by latency class: 57.6 % of China's AI servers run inference, 42.4 % training (IDC c. 2023, approx.).
INFERENCE_SHARE = 0.576

DEMAND_SOURCE = ("2024 demand = 725,300 P installed (IDC & Inspur 2025, FP16) × 30 % utilization (Inspur AI Research, "
                 "seed 004) × the region's 2021 rack share (中商产业研究院 2022-04-21) × the city's share of the region's "
                 "2023 GDP (estimate) × 57.6 % inference / 42.4 % training (IDC c. 2023, approx.); growth 41.9 %/yr "
                 "(IDC forecast 2024–2026)")

# Named centers: (id, name, node, P, opening year, source).
NAMED = [
    ("wuhan-aicc", "Wuhan AI Computing Center", "wuhan", 200, 2021,
     "200 P (seed 003); opened 2021-05-31 (Synced 2021-06-01)"),
    ("nanjing-icc", "Nanjing Intelligent Computing Center", "nanjing", 800, 2021,
     "800 P, precision unstated (seed 003); 2021"),
    ("hefei-acc", "Hefei Advanced Computing Center", "hefei", 12, 2023, "12 P (seed 003, 2023)"),
    ("chengdu-icc", "Chengdu Intelligent Computing Center", "chengdu", 300, 2022,
     "300 P FP16, opened 2022-05-10 (CGTN 2022-03-07; seed 003)"),
    ("pengcheng-2", "Pengcheng Cloud Brain II (Shenzhen)", "guangzhou", 1000, 2020,
     "1 E, 4,096 Ascend 910 (文汇报 2020-09-17; seed 003)"),
    ("cmcc-hohhot", "China Mobile Hohhot Intelligent Computing Center", "horinger", 6700, 2024,
     "6.7 E FP16, ~20,000 cards, April 2024 (ecbnnews.com 2024-04-28, approx.)"),
    ("alibaba-zhangbei", "Alibaba Zhangbei Intelligent Computing Center", "zhangjiakou", 12000, 2022,
     "12 E, September 2022 (China Daily 2022-09-07; seed 003)"),
    ("alibaba-ulanqab", "Alibaba Ulanqab Intelligent Computing Center", "horinger", 3000, 2022,
     "3 E, September 2022 (China Daily 2022-09-07); Ulanqab, placed at the Inner Mongolia hub's node"),
    ("qingyang-cluster", "Qingyang cluster's centers", "qingyang", 51000, 2024,
     "51,000 P at the end of 2024 (Xinhua 2025-08-21; China Daily Gansu 2025-03-12)"),
]
# The rest of 2024's installed capacity, by the same regional shares; the west's share split evenly over its five
# hub nodes (an estimate). These aggregates grow with the market; named centers keep their size.
WEST_NODES = ["chengdu", "chongqing", "guian", "zhongwei", "horinger"]
AGGREGATE_NODES = {"beijing": ["beijing"], "shanghai": ["shanghai"], "guangzhou": ["guangzhou"],
                   "central": ["wuhan"], "west": WEST_NODES}

# Published round trips (ms), used in place of the distance estimate.
PUBLISHED = {
    ("guian", "beijing"): (20, "Gui'an → Beijing-Tianjin-Hebei 20 ms (China Daily 2023-08-23, local authorities)"),
    ("guian", "guangzhou"): (10, "Gui'an → Greater Bay Area 10 ms (China Daily 2023-08-23)"),
    ("guian", "hangzhou"): (15, "Gui'an → Yangtze Delta 15 ms (China Daily 2023-08-23); below the straight-fibre "
                                "round trip to Shanghai, so set on Hangzhou, the delta's nearest city"),
    ("guian", "chongqing"): (6, "Gui'an → Chengdu-Chongqing 6 ms (China Daily 2023-08-23)"),
    ("guian", "chengdu"): (6, "Gui'an → Chengdu-Chongqing 6 ms (China Daily 2023-08-23)"),
    ("shaoguan", "guangzhou"): (2.6, "Shaoguan → Guangzhou 1.3 ms one way (China Daily 2025-06-13), doubled"),
    ("horinger", "beijing"): (5, "Hohhot → Beijing about 5 ms (Xinhua/CGTN 2026-01-24, approx.)"),
}
DERIVED = ("round trip = 2 × great-circle distance × 5 µs/km (light in fibre) × 1.5 (the route allowance of MIIT's "
           "2023 算力基础设施高质量发展行动计划: direct links within 1.5 × the theoretical latency)")


def distance_km(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[2], a[3], b[2], b[3]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def demand_by_node():
    demand = {}
    for region, cities in REGION_SHARES.items():
        total = sum(cities.values())
        for city, weight in cities.items():
            demand[city] = INSTALLED_2024 * UTILIZATION * REGION_PERCENT[region] / 100 * weight / total
    return demand


def nodes():
    demand = demand_by_node()
    out = []
    for node_id, name, lon, lat, region in NODES:
        entry = {"id": node_id, "name": name, "nameZh": ZH[node_id], "longitude": lon, "latitude": lat}
        if region:
            entry["regionId"] = region
        entry["demand"] = []
        if node_id in demand:
            total = demand[node_id]
            for workload, share in (("inference", INFERENCE_SHARE), ("training", 1 - INFERENCE_SHARE)):
                entry["demand"].append({"workload": workload, "pflops": round(total * share),
                                        "year": 2024, "growthPerYear": round(GROWTH, 3)})
            entry["source"] = DEMAND_SOURCE
        else:
            entry["source"] = "A cluster of the national hubs (NDRC 2022); no demand of its own in the network"
        out.append(entry)
    return out


def centers():
    out = []
    for center_id, name, node, pflops, year, source in NAMED:
        out.append({"id": center_id, "name": name, "nameZh": CENTER_ZH[center_id], "node": node, "pflops": pflops, "openingYear": year,
                    "growthPerYear": 0, "priceFactor": 1, "source": source})
    rest = INSTALLED_2024 - sum(c[3] for c in NAMED)
    for region, places in AGGREGATE_NODES.items():
        for node in places:
            pflops = rest * REGION_PERCENT[region] / 100 / len(places)
            out.append({"id": node + "-others", "name": "Other centers around " + dict(
                (n[0], n[1]) for n in NODES)[node].split(" (")[0], "nameZh": ZH[node].split("（")[0] + "周边其他中心", "node": node, "pflops": round(pflops), "openingYear": 2024,
                "growthPerYear": round(GROWTH, 3), "priceFactor": 1,
                "source": ("725,300 P installed in 2024 (IDC & Inspur 2025) less the named centers, by the 2021 rack "
                           "share of the region (中商产业研究院 2022-04-21)"
                           + ("; the west's share split evenly over its five hub nodes (estimate)"
                              if region == "west" else "")
                           + "; grows with the market (IDC forecast 2024–2026)")})
    return out


def links():
    out = []
    for i, a in enumerate(NODES):
        for b in NODES[i + 1:]:
            key = (a[0], b[0]) if (a[0], b[0]) in PUBLISHED else (b[0], a[0])
            if key in PUBLISHED:
                latency, source = PUBLISHED[key]
            else:
                latency = round(2 * distance_km(a, b) * 0.005 * 1.5, 1)
                source = "derived: " + DERIVED
            out.append({"from": a[0], "to": b[0], "latencyMs": latency, "transferCnyPerPflopsHour": 0,
                        "source": source})
    return out


def main():
    network = {
        "network": "china-east-west",
        "formatVersion": 1,
        "name": "China's national hubs and clusters (East Data, West Computing), 2024",
        "nameZh": "全国一体化算力网络国家枢纽节点与数据中心集群（东数西算），2024 年",
        "description": ("The eight national hub nodes and their ten data-center clusters (NDRC 2022), the main demand "
                        "regions and the centers that serve them: named centers from the seed articles and news, "
                        "and the rest of 2024's installed intelligent compute as one aggregate per region. Demand is "
                        "what that capacity served at the reported 30 % average utilization. Round trips are "
                        "published figures where they exist, else derived from distance. Transfer costs are 0: no "
                        "public price of inter-hub lines was found. Written by scripts/network-data.py."),
        "conventions": ("P = effective FP16 PFLOPS; latency = round trip in ms; each entry's source says where its "
                        "figures come from ('derived' and 'estimate' mark figures made here)."),
        "nodes": nodes(),
        "centers": centers(),
        "links": links(),
    }
    with open("data/networks/china-east-west.json", "w", encoding="utf-8") as f:
        json.dump(network, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()

import type { canvasEn } from '../en/canvas';

/** Korean words of the map's details, the inspector's tables and the table view (the same keys and parameters as `canvasEn`). */
export const canvasKo: Readonly<Record<keyof typeof canvasEn, string>> = {
  'canvas.ns': '{machine}의 {network} 오버레이 네임스페이스: br0과 vxlan0, VNI {vni}',
  'canvas.vtep': '{machine}의 {network} VXLAN 터널 끝점 vxlan0, VNI {vni}',
  'canvas.nsBridge': 'br0 · vxlan0',
  'canvas.vtepLabel': 'VTEP vxlan0',
  'canvas.gwbridge': 'docker_gwbridge {address}',
  'kind.ns': '오버레이 네임스페이스',
  'view.label': '클러스터 보기 방식',
  'view.map': '지도',
  'view.table': '표',
  'inspector.network': '네트워크',
  'inspector.ipvs': 'IPVS 테이블 (ipvsadm -Ln)',
  'inspector.ipvsEmpty': '아직 가상 서비스가 없습니다: 이 네트워크에 VIP를 가진 서비스가 연결되지 않았습니다.',
  'inspector.fdb': '{network}의 FDB (bridge fdb show dev vxlan0)',
  'inspector.arp': '{network}의 정적 ARP (ip neigh show)',
  'inspector.fdbEmpty': '원격 엔드포인트가 없습니다: {network}를 가진 다른 실행 중인 노드가 없습니다.',
  'inspector.fdbNote': '가십이 원격 엔드포인트마다 항목을 하나씩 넣으므로 ARP가 네트워크를 건너지 않습니다.',
  'table.title': '표로 본 클러스터',
  'table.nodes': '노드와 언더레이, docker_gwbridge 주소',
  'table.members': '컨테이너, 태스크, 샌드박스와 네트워크별 주소',
  'table.networks': '네트워크와 서브넷, VXLAN ID',
  'table.name': '이름',
  'table.kind': '종류',
  'table.addresses': '주소',
  'table.select': '{name}을(를) 인스펙터에서 보기',
} as const;

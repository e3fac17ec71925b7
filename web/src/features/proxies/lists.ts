import { list, type Lists } from '../../urql/lists';
import { ProxiesPage_Data } from './ProxiesPage';

export const proxyLists: Lists = {
  Proxy: [list(ProxiesPage_Data, 'proxies')],
  ProxyPool: [list(ProxiesPage_Data, 'proxyPools')],
};
